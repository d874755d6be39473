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
  test(`the HTML of ${path} names no chunk of Cytoscape, in a script or a preload`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const named = [...html.matchAll(/(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(named.length).toBeGreaterThan(3);
    const cytoscape = [];
    for (const url of named)
      if ((await (await request.get(url)).text()).includes("drawCachedElement")) cytoscape.push(url);
    expect(cytoscape).toEqual([]);
  });
}

test("the canvas waits for the reader: the first picture stays until a hover on the graph, then Cytoscape draws", async ({
  page,
}) => {
  const requested = cytoscapeRequests(page);
  await page.goto(VIEW);
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-drawn", "picture", { timeout: 30_000 });
  // Well inside the quiet time the page leaves the first picture to itself (3 s): nothing asked for yet.
  await page.waitForTimeout(1000);
  expect(requested).toEqual([]);
  await page.getByTestId("graph-poster").hover({ force: true });
  await expect(canvas).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
  expect(requested.length).toBeGreaterThan(0);
});

test("left alone, the page loads the canvas once it is idle", async ({ page }) => {
  await page.goto(VIEW);
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-drawn", "picture", { timeout: 30_000 });
  await expect(canvas).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
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
