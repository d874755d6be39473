import { expect, test } from "@playwright/test";
import { ambiguousLabels, clipped, overlappingPairs, paintedLabels, paintedMarks } from "./legibility";

// Which partners the map always names: every framework on a desktop; on a phone, as the rings there, the two
// highest tiers (the others where their name sits unmistakably by their mark, else in the tooltip and table).
for (const screen of [
  {
    name: "desktop",
    width: 1400,
    height: 1000,
    named: ["special", "comprehensive-strategic", "strategic", "comprehensive"],
  },
  { name: "phone", width: 390, height: 844, named: ["special", "comprehensive-strategic"] },
])
  test(`the world map in the explorer (${screen.name} ${screen.width}×${screen.height}): countries drawn, the partners it must name named legibly by their own marks`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto("/?asOf=2025-12-31&layout=geo");
    const { labels, canvas } = await paintedLabels(page);
    // The countries are drawn under the marks: the world and its insets, each a panel of shaded shapes.
    const map = page.getByTestId("graph-canvas").locator(".canvas-map");
    await expect(map.locator("g.world path[data-tone='comprehensive-strategic']")).toHaveCount(1);
    await expect(map.locator("g.inset")).not.toHaveCount(0);

    const partners = labels.filter((l) => l.kind === "country" || l.kind === "organisation");
    const framework = partners.filter((l) => l.tier !== "none");
    expect(framework.length).toBeGreaterThan(30);
    // Every partner the screen must name is named: the nodes of those tiers with no painted label are none.
    const tiered = await page.getByTestId("graph-canvas").evaluate((element) => {
      type Cy = { nodes(s: string): { toArray(): { id(): string; data(k: string): string }[] } };
      const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy
        .nodes(".partner")
        .toArray()
        .map((n) => ({ key: n.id(), tier: n.data("tier") }));
    });
    const mustName = tiered.filter((n) => screen.named.includes(n.tier)).map((n) => n.key);
    expect(mustName.length).toBeGreaterThan(screen.named.length * 4);
    expect(mustName.filter((key) => !partners.some((l) => l.key === key))).toEqual([]);

    expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
    expect(overlappingPairs(labels)).toEqual([]);
    expect(clipped(labels, canvas)).toEqual([]);
    const ambiguous = ambiguousLabels(partners, await paintedMarks(page));
    test.info().annotations.push({
      type: "labels nearer another mark",
      description: `${ambiguous.length} of ${partners.length}: ${ambiguous.join(", ") || "none"}`,
    });
    expect(ambiguous.length / partners.length, ambiguous.join(", ")).toBeLessThanOrEqual(0.1);
  });
