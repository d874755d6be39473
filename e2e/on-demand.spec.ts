import { expect, test, type Page } from "@playwright/test";
import { withoutCytoscape } from "./without-cytoscape";

// A chunk still being fetched through a route when a test ends would fail the next test: let it go quietly.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

const VIEW = "/?asOf=2025-12-31";

/** Records every request for Cytoscape's chunk (recognised by its text, as first-picture.spec.ts does). */
function cytoscapeRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", async (response) => {
    if (!/\/_next\/static\/chunks\/[^/]+\.js$/.test(response.url())) return;
    const body = await response.text().catch(() => "");
    if (body.includes("drawCachedElement")) seen.push(response.url());
  });
  return seen;
}

for (const path of ["/", "/compare"]) {
  test(`the HTML of ${path} names no chunk to fetch with the page, and none of Cytoscape on demand`, async ({
    request,
  }) => {
    const html = await (await request.get(path)).text();
    // Fetched with the page: script tags and preloads (the legacy fallback modern browsers skip aside).
    const withPage = [
      ...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"[^>]*>/g),
    ]
      .filter(([tag]) => !/nomodule/i.test(tag))
      .map((m) => m[1]);
    expect(withPage).toEqual([]);
    // Fetched on demand: the app's chunks, listed by the page's loader (lib/page-shell/scripts-on-demand.ts).
    const onDemand = [...html.matchAll(/"(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
    expect(onDemand.length).toBeGreaterThan(3);
    const cytoscape = [];
    for (const url of onDemand)
      if ((await (await request.get(url)).text()).includes("drawCachedElement")) cytoscape.push(url);
    expect(cytoscape).toEqual([]);
  });
}

test("the canvas waits for the reader: the first picture stays until a hover on the graph, then Cytoscape draws", async ({
  page,
}) => {
  const requested = cytoscapeRequests(page);
  // The page's clock stands still, so its quiet time never runs out: only the reader can ask for the canvas.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 10);
  await page.goto(VIEW);
  // A pointer over the first view brings the explorer (lib/page-shell/scripts-on-demand.ts), not yet the canvas.
  await page.locator(".first-picture").hover();
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-drawn", "picture", { timeout: 30_000 });
  await page.waitForTimeout(1000);
  expect(requested).toEqual([]);
  await page.getByTestId("graph-poster").hover({ force: true });
  // Half a second of the page's time for the frame the canvas waits for: far from the 3 s of quiet.
  await page.clock.runFor(500);
  await expect.poll(() => requested.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.clock.resume();
  await expect(canvas).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
  expect(requested.length).toBeGreaterThan(0);
});

test("left alone, the page loads the canvas once it is idle", async ({ page }) => {
  await page.goto(VIEW);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
});

test("before Cytoscape, a tap on a partner's mark in the first picture opens its details", async ({
  page,
}) => {
  // Cytoscape never arrives in this page: what the reader taps is the picture.
  await withoutCytoscape(page);
  await page.goto(VIEW);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "picture", {
    timeout: 30_000,
  });
  const mark = page.locator('[data-testid=graph-poster] g.node[data-key="AU"]');
  await expect(mark).toHaveCount(1);
  // Hydration may swap the picture's nodes once; read the box of the mark that stays.
  const shape = mark.locator("path, circle, rect, polygon").first();
  const found: { box: Awaited<ReturnType<typeof shape.boundingBox>> } = { box: null };
  await expect(async () => {
    found.box = await shape.boundingBox();
    expect(found.box, "Australia's mark is laid out").not.toBeNull();
  }).toPass();
  if (!found.box) throw new Error("Australia's mark is not laid out");
  const { x, y, width, height } = found.box;
  await page.mouse.click(x + width / 2, y + height / 2);
  await expect(page).toHaveURL(/focus=AU/);
  await expect(page.getByTestId("details-panel")).toHaveAttribute("data-open", "true");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "picture");
});
