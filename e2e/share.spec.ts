import { expect, test, type Locator, type Page } from "@playwright/test";
import { contentReady, drawnNodeCount } from "./helpers";

// The copy buttons write to the clipboard; the tests read it back as a reader's paste would.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openShare(page: Page): Promise<Locator> {
  await page.getByTestId("share-open").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks a copy button and returns what it put on the clipboard, after it says it copied. */
async function copy(page: Page, testId: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(""));
  const button = page.getByTestId(`${testId}-copy`);
  await button.click();
  await expect(button).toHaveText("Copied");
  const text = await clipboard(page);
  expect(text).toBe(await page.getByTestId(testId).inputValue());
  return text;
}

test("the explorer's share dialog has room, copies the link, the embed code and the oEmbed address", async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/?asOf=2024-03-10&focus=JP");
  await drawnNodeCount(page);
  const dialog = await openShare(page);
  expect((await dialog.boundingBox())!.width).toBeGreaterThan(900);

  const link = await copy(page, "share-link");
  expect(new URL(link).origin).toBe(baseURL);
  expect(new URL(link).searchParams.get("asOf")).toBe("2024-03-10");
  expect(new URL(link).searchParams.get("focus")).toBe("JP");

  await page.getByTestId("share-title").fill("Japan's place");
  const code = await copy(page, "embed-code");
  expect(code).toMatch(new RegExp(`^<iframe data-bamboo-embed src="${baseURL}/embed\\?asOf=2024-03-10`));
  expect(code).toContain("title=Japan%27s+place");

  const oembed = await copy(page, "share-oembed");
  const answer = await request.get(oembed);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { html: string; title: string };
  expect(body.title).toBe("Japan's place");
  expect(body.html).toContain("/embed?asOf=2024-03-10");

  // A picture is previewed at its own pixel size, not as a thumbnail.
  await page.getByLabel("Picture", { exact: true }).check();
  await page.getByTestId("share-preset").selectOption("article");
  const img = page.getByTestId("share-preview").locator("img");
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
  expect(await img.evaluate((el: HTMLImageElement) => el.getBoundingClientRect().width)).toBe(800);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("share-open")).toBeFocused();
});

test("/compare shares the comparison: its embed code is /embed?a=&b=, which answers with both pictures", async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/compare?a=2023-01-01&b=2024-03-10");
  await contentReady(page);
  const dialog = await openShare(page);
  await expect(dialog.getByRole("heading", { level: 2 })).toHaveText(/comparison/);

  const link = new URL(await copy(page, "share-link"));
  expect(link.pathname).toBe("/compare");
  expect([link.searchParams.get("a"), link.searchParams.get("b")]).toEqual(["2023-01-01", "2024-03-10"]);

  const code = await copy(page, "embed-code");
  const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll("&amp;", "&"));
  expect(src.origin).toBe(baseURL);
  expect(src.pathname).toBe("/embed");
  expect([src.searchParams.get("a"), src.searchParams.get("b")]).toEqual(["2023-01-01", "2024-03-10"]);
  const embed = await request.get(src.href);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-type"]).toContain("text/html");
  const html = await embed.text();
  for (const day of ["2023-01-01", "2024-03-10"])
    expect(html).toMatch(new RegExp(`data-date="${day}"[^>]*><svg`));

  // The preview is that very embed, framed.
  const frame = page.frameLocator('[data-testid="share-preview"] iframe');
  await expect(frame.locator("figure[data-date]")).toHaveCount(2);

  const oembed = await request.get(await copy(page, "share-oembed"));
  expect(oembed.status()).toBe(200);
  expect(((await oembed.json()) as { html: string }).html).toContain("a=2023-01-01&amp;b=2024-03-10");

  // Stills of both dates, each downloadable.
  await page.getByLabel("Picture", { exact: true }).check();
  await expect(page.getByTestId("share-preview").locator("img")).toHaveCount(2);
  for (const day of ["2023-01-01", "2024-03-10"]) {
    const href = await page.getByTestId(`download-svg-${day}`).getAttribute("href");
    expect(new URL(href!, baseURL).searchParams.get("asOf")).toBe(day);
    const svg = await request.get(href!);
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  }
  // The animation spans the comparison's two dates.
  await page.getByLabel("Animation (GIF)").check();
  await expect(page.getByTestId("download-gif")).toHaveAttribute("href", /from=2023-01-01&to=2024-03-10/);
});

test("on a phone the share dialog fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?asOf=2024-03-10&lang=vi");
  await drawnNodeCount(page);
  const dialog = await openShare(page);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(dialog.getByTestId("share-link-copy")).toBeInViewport();
});
