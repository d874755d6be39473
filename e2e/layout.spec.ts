import { expect, test, type Page } from "@playwright/test";
import { drawnNodeCount, graphsDrawn, graphsOn } from "./helpers";

const SCREENS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1400, height: 1000 },
] as const;
const PAGES = ["/", "/compare", "/country/US", "/data", "/embed"] as const;

/** Waits for every graph on the page to be drawn. */
async function waitForGraphs(page: Page): Promise<void> {
  await graphsDrawn(page, graphsOn(new URL(page.url()).pathname));
}

/** How far the page reaches past the right edge of the screen (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Pixels of the graph inside the first screen, before any scrolling. */
const graphOnFirstScreen = (page: Page) =>
  page.getByTestId("graph-canvas").evaluate((element) => {
    const box = element.getBoundingClientRect();
    const height = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    const width = Math.min(box.right, window.innerWidth) - Math.max(box.left, 0);
    return { height, width };
  });

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} no page is wider than the screen`, async ({ page }) => {
    await page.setViewportSize(screen);
    for (const path of PAGES) {
      await page.goto(path);
      await waitForGraphs(page);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
    // A partner's details open too, as a sheet below desktop width, and still fit.
    await page.goto("/?asOf=2024-03-10&focus=AU");
    await expect(page.getByTestId("country-details")).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

for (const screen of [SCREENS[1], SCREENS[3]]) {
  test(`at ${screen.width}×${screen.height} at least 300 px of graph is on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await page.goto("/?asOf=2024-03-10");
    await drawnNodeCount(page);
    const shown = await graphOnFirstScreen(page);
    expect(shown.height).toBeGreaterThanOrEqual(300);
    expect(shown.width).toBeGreaterThanOrEqual(300);
  });
}

test("on a phone, choosing Australia shows its tier and date on the same screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  await page.getByTestId("search").fill("Australia");
  await page.getByTestId("search").press("Enter");
  await expect(page).toHaveURL(/focus=AU/);
  const summary = page.getByTestId("details-summary");
  await expect(summary).toHaveText(/Comprehensive strategic partnership since 7 March 2024/);
  await expect(summary).toBeInViewport({ ratio: 1 });
  // The sheet lies over the graph, and the graph still shows above it.
  expect((await graphOnFirstScreen(page)).height).toBeGreaterThan(200);
  const sheet = await page.getByTestId("details-panel").boundingBox();
  expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(844 + 1);
  // Escape or Close puts the sheet away.
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page).not.toHaveURL(/focus=/);
  await expect(page.getByTestId("details-summary")).toHaveCount(0);
});

test("on a phone, tapping Australia's node on the canvas shows its details on the same screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const canvas = page.getByTestId("graph-canvas");
  // Where Cytoscape drew Australia, in page pixels (its instance lives on the container).
  const point = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: import("cytoscape").Core } })._cyreg.cy;
    const position = cy.getElementById("AU").renderedPosition();
    const box = element.getBoundingClientRect();
    // Rendered positions count from inside the container's border.
    return { x: box.left + element.clientLeft + position.x, y: box.top + element.clientTop + position.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/focus=AU/);
  await expect(page.getByTestId("details-summary")).toBeInViewport({ ratio: 1 });
});

test("shrinking the window from 1400 to 1024 px resizes the graph and nothing overflows", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const width = () =>
    page.getByTestId("graph-canvas").evaluate((element) => ({
      box: element.clientWidth,
      drawn: Math.max(...[...element.querySelectorAll("canvas")].map((c) => c.getBoundingClientRect().width)),
    }));
  const wide = await width();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => (await width()).drawn).toBeLessThan(wide.drawn);
  const narrow = await width();
  expect(narrow.drawn).toBeLessThanOrEqual(narrow.box + 1);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test("keyboard: a skip link comes first, and the graph is at most 8 Tab presses from the top", async ({
  page,
}) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("href", "#content");
  let presses = 1;
  while (
    presses < 8 &&
    !(await page.getByTestId("graph-canvas").evaluate((e) => e === document.activeElement))
  ) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  await expect(page.getByTestId("graph-canvas")).toBeFocused();
  // Following the skip link lands on the content: the next Tab reaches the graph at once.
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("graph-canvas")).toBeFocused();
});

test("the date control is one tab stop and never writes a date outside the allowed range", async ({
  page,
}) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const input = page.getByTestId("date-input");
  await input.focus();
  await page.keyboard.press("Tab");
  await expect(input).not.toBeFocused();
  for (const bad of ["2999-01-01", "1900-01-01", "2024-02-30", "10 March"]) {
    await input.fill(bad);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator('.field-error[role="alert"]')).toBeVisible();
    await expect(page).toHaveURL(/asOf=2024-03-10/);
  }
  await input.fill("2024-03-01");
  await expect(page).toHaveURL(/asOf=2024-03-01/);
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
});

test("search is a combobox: arrows move through the matches, Enter focuses the chosen partner", async ({
  page,
}) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const search = page.getByTestId("search");
  await search.fill("an");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  const options = page.getByRole("option");
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  await search.press("ArrowDown");
  await search.press("ArrowDown");
  const second = await options.nth(1).getAttribute("data-key");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(search).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`focus=${second}`));
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("country-details")).toBeVisible();
});

test("before a partner is chosen, the details panel gives an overview of the view", async ({ page }) => {
  await page.goto("/?asOf=2024-03-10");
  const overview = page.getByTestId("overview");
  await expect(overview.getByTestId("overview-count-comprehensive-strategic")).toHaveText("7");
  await expect(overview.getByTestId("overview-latest").locator("li").first()).toContainText("Australia");
  await overview.getByRole("button", { name: "Australia" }).click();
  await expect(page).toHaveURL(/focus=AU/);
});

test("a browser opening a bad query gets an HTML 400 with the API's sentence and a link to a valid view", async ({
  page,
  request,
}) => {
  const api = (await (await request.get("/?asOf=2030-01-01")).json()) as { error: string };
  const response = await page.goto("/?asOf=2030-01-01");
  expect(response!.status()).toBe(400);
  const headers = response!.headers();
  expect(headers["content-type"]).toContain("text/html");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["vary"]).toContain("Accept");
  await expect(page.getByTestId("bad-query-error")).toHaveText(api.error);
  await expect(page.locator("script")).toHaveCount(0);
  await page.getByRole("link").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
});
