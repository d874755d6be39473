import { expect, test, type Page } from "@playwright/test";
import { overlappingPairs, paintedLabels, type PaintedLabel } from "./legibility";
import { cutOff, renderedSvgTexts } from "./svg-legibility";
import { closeQuietly, withoutCytoscape } from "./without-cytoscape";

// A chunk still being fetched through a route when a test ends would fail the next test: let it go quietly.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

const DAY = "2025-12-31";

async function partnersWithTier(page: Page): Promise<string[]> {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { tier?: string | null } }[] };
  return graph.nodes.filter((n) => n.attributes.tier).map((n) => n.key);
}

const centre = (l: PaintedLabel) => ({ x: (l.box.x0 + l.box.x1) / 2, y: (l.box.y0 + l.box.y1) / 2 });

test("the first picture is the scene itself, legible before Cytoscape arrives, and the canvas takes over in place", async ({
  browser,
}) => {
  // Before Cytoscape: the SVG writer's picture of the scene is what the reader sees.
  const first = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const refused = await withoutCytoscape(first);
  const partners = await partnersWithTier(first);
  expect(partners.length).toBeGreaterThan(40);
  await first.goto(`/?asOf=${DAY}`);
  const canvas = first.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-drawn", "picture", { timeout: 30_000 });
  // A hover asks for the canvas at once (app/components/on-demand.ts); its chunk is refused here.
  await first.getByTestId("graph-poster").hover({ force: true });
  await expect
    .poll(() => refused.length, { message: "Cytoscape's chunk was requested and refused" })
    .toBeGreaterThan(0);
  const { labels: pictured, frame } = await renderedSvgTexts(first.locator("[data-testid=graph-poster] svg"));
  const named = new Set(pictured.map((l) => l.key));
  expect(
    partners.filter((key) => !named.has(key)),
    "partners without a label",
  ).toEqual([]);
  expect(
    pictured.filter((l) => l.px < 11.99).map((l) => `${l.text} ${l.px}px`),
    "labels under 12px",
  ).toEqual([]);
  expect(overlappingPairs(pictured), "overlapping labels").toEqual([]);
  expect(cutOff(pictured, frame), "labels cut off").toEqual([]);
  await expect(canvas).not.toHaveAttribute("data-ready", "true");

  // With Cytoscape: the same labels in the same places, and the picture is gone once the canvas has drawn.
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`/?asOf=${DAY}`);
  const { labels: painted } = await paintedLabels(page);
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "canvas");
  await expect(page.getByTestId("graph-poster")).toHaveCount(0);
  const paintedByKey = new Map(painted.filter((l) => l.key).map((l) => [l.key, l]));
  const moved = pictured
    .filter((l) => l.key)
    .flatMap((l) => {
      const twin = paintedByKey.get(l.key);
      if (!twin) return [`${l.text}: not on the canvas`];
      const a = centre(l);
      const b = centre(twin);
      const off = Math.hypot(a.x - b.x, a.y - b.y);
      return twin.text !== l.text || off > 3 ? [`${l.text} → ${twin.text}, ${off.toFixed(1)}px apart`] : [];
    });
  expect(moved, "labels that differ between the first picture and the canvas").toEqual([]);
  await closeQuietly(first);
  await closeQuietly(page);
});

test("the first picture fades what a search leaves out and rings the selection, as the canvas then does", async ({
  browser,
}) => {
  const view = `/?asOf=${DAY}&q=aus&focus=AU`;
  const first = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await withoutCytoscape(first);
  await first.goto(view);
  await expect(first.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "picture");
  const pictured = await first.locator("[data-testid=graph-poster] svg").evaluate((svg) => ({
    faded: [...svg.querySelectorAll<SVGGElement>("g.node[opacity='0.2']")].map((g) => g.dataset.key).sort(),
    ringed: [...svg.querySelectorAll<SVGGElement>("g.node")]
      .filter((g) => g.querySelector("circle[opacity='0.18']"))
      .map((g) => g.dataset.key),
  }));
  expect(pictured.ringed).toEqual(["AU"]);
  expect(pictured.faded.length).toBeGreaterThan(30);
  expect(pictured.faded).not.toContain("AT");

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(view);
  const canvas = page.getByTestId("graph-canvas");
  // The reader points at the graph: the canvas loads at once, if the idle page has not already asked for it.
  await canvas.hover({ force: true });
  await expect(canvas).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
  const drawn = await canvas.evaluate((element) => {
    type Nodes = { map<T>(f: (n: { id(): string }) => T): T[] };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(selector: string): Nodes } } })._cyreg.cy;
    return {
      faded: cy
        .nodes(".dim")
        .map((n) => n.id())
        .sort(),
      ringed: cy.nodes(".focused").map((n) => n.id()),
    };
  });
  expect(pictured).toEqual(drawn);
  await closeQuietly(first);
  await closeQuietly(page);
});
