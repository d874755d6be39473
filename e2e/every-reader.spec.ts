import { expect, test } from "@playwright/test";
import { contentReady, drawnNodeCount, tableRow } from "./helpers";

test("titles stay in the page's language after hydration, and every page switches language", async ({
  page,
}) => {
  test.setTimeout(180_000); // seven page loads on a shared machine
  await page.goto("/?lang=vi&asOf=2024-03-10");
  await drawnNodeCount(page);
  await expect(page).toHaveTitle("Mạng lưới quan hệ đối tác của Việt Nam — 10 tháng 3, 2024");
  await page.goto("/compare?lang=vi&a=2023-01-01&b=2024-03-10");
  await contentReady(page);
  await expect(page).toHaveTitle(/^So sánh 1 tháng 1, 2023 và 10 tháng 3, 2024/);
  await page.goto("/data?lang=vi");
  await expect(page).toHaveTitle(/^Bộ dữ liệu/);
  for (const path of ["/data?lang=vi", "/country/JP?lang=vi", "/compare?lang=vi&a=2023-01-01&b=2024-03-10"]) {
    await page.goto(path);
    await contentReady(page);
    const pathname = new URL(page.url()).pathname;
    await page.getByRole("banner").getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(new URL(page.url()).pathname, path).toBe(pathname);
    await expect(page.getByRole("banner").getByRole("link", { name: "Tiếng Việt" })).toBeVisible();
  }
  await expect(page).toHaveURL(/a=2023-01-01/);
});

test("Vietnamese pages write decimals with a comma and source dates in Vietnamese", async ({ page }) => {
  await page.goto("/compare?lang=vi&a=2023-01-01&b=2024-03-10");
  await contentReady(page);
  await page.getByTestId("tab-ladders").click();
  await expect(page.getByTestId("ladder-table")).toBeVisible();
  await expect(page.getByTestId("ladder-table")).toContainText(/\d+,\d năm/);
  await expect(page.getByTestId("ladder-table")).not.toContainText(/\d+\.\d năm/);
  await page.goto("/country/US?lang=vi");
  await expect(page.getByText("12 tháng 7, 1995").first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText("1995-07-11");
});

test("English pages keep Vietnamese leaders' diacritics", async ({ page }) => {
  await page.goto("/leader/to-lam");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tô Lâm");
  await expect(page).toHaveTitle(/^Tô Lâm/);
});

test("search finds Vietnam itself first, and partners by their Vietnamese names without diacritics", async ({
  page,
}) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const search = page.getByTestId("search");
  await search.fill("viet");
  const options = page.getByRole("option");
  await expect(options.first()).toHaveAttribute("data-key", "VN");
  await options.first().dispatchEvent("mousedown");
  await expect(page.getByTestId("graph-tooltip")).toContainText("Vietnam");
  await expect(search).toHaveValue("");
  await search.fill("cong hoa sec");
  await expect(options.first()).toHaveAttribute("data-key", "CZ");
  await search.fill("han quoc");
  await expect(tableRow(page, "KR")).toBeVisible();
});

test("the slider's PageUp and PageDown move one year", async ({ page }) => {
  await page.goto("/?asOf=2016-05-23");
  await drawnNodeCount(page);
  const slider = page.getByRole("slider");
  await slider.focus();
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("date-input")).toHaveValue("2017-05-23");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("date-input")).toHaveValue("2015-05-23");
});

test("a date in another format is told how to write it", async ({ request }) => {
  for (const path of ["/api/graph?asOf=24/12/2024", "/?asOf=24/12/2024"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    const body = (await res.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: "asOf", message: "must be a date: write the date as YYYY-MM-DD" }]);
  }
});

test("the phone table breaks lines between words, never inside one", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const cells = page.locator("#country-table td, #country-table th");
  await expect(cells.first()).toBeVisible();
  const broken = await cells.evaluateAll((elements) => {
    const split: string[] = [];
    for (const cell of elements) {
      // A word broken across lines shows as one text node whose letters sit on two line boxes.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\p{L}{4,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
  expect(await cells.count()).toBeGreaterThan(20);
  expect(broken).toEqual([]);
  // The page itself never scrolls sideways; a too-wide table scrolls in its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
