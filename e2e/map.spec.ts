import { expect, test } from "@playwright/test";
import { ambiguousLabels, clipped, overlappingPairs, paintedLabels, paintedMarks } from "./legibility";

test("the world map in the explorer: countries drawn, every framework partner named legibly by its own mark", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/?asOf=2025-12-31&layout=geo");
  const { labels, canvas } = await paintedLabels(page);
  // The countries are drawn under the marks: the world and its insets, each a panel of shaded shapes.
  const map = page.getByTestId("graph-canvas").locator(".canvas-map");
  await expect(map.locator("g.world path[data-tone='comprehensive-strategic']")).toHaveCount(1);
  await expect(map.locator("g.inset")).not.toHaveCount(0);

  const partners = labels.filter((l) => l.kind === "country" || l.kind === "organisation");
  const framework = partners.filter((l) => l.tier !== "none");
  expect(framework.length).toBeGreaterThan(30);
  // Every partner with a framework is named: the nodes with a tier and no painted label are none.
  const tiered = await page.getByTestId("graph-canvas").evaluate((element) => {
    type Cy = { nodes(s: string): { toArray(): { id(): string; data(k: string): string }[] } };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return cy
      .nodes(".partner")
      .toArray()
      .filter((n) => n.data("tier") !== "none")
      .map((n) => n.id());
  });
  expect(tiered.length).toBeGreaterThan(30);
  expect(tiered.filter((key) => !partners.some((l) => l.key === key))).toEqual([]);

  expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
  expect(overlappingPairs(labels)).toEqual([]);
  expect(clipped(labels, canvas)).toEqual([]);
  const ambiguous = ambiguousLabels(partners, await paintedMarks(page));
  console.log(`map labels: ${partners.length}, ambiguous: ${ambiguous.join(", ") || "none"}`);
  expect(ambiguous.length / partners.length).toBeLessThanOrEqual(0.1);
});
