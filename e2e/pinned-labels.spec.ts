import { expect, test, type Page } from "@playwright/test";
import {
  ambiguousLabels,
  captionsUnderMarks,
  layoutSettled,
  overlappingPairs,
  paintedLabels,
  paintedMarks,
} from "./legibility";

const DAY = "2025-12-31";

/** Every mark on the canvas, the quiet band's dots too (a caption must not lie under any of them). */
function everyMark(page: Page) {
  return page.getByTestId("graph-canvas").evaluate((element) => {
    type CyNode = {
      id(): string;
      renderedPosition(): { x: number; y: number };
      renderedWidth(): number;
      renderedHeight(): number;
    };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(s: string): { toArray(): CyNode[] } } } })
      ._cyreg.cy;
    const rect = element.getBoundingClientRect();
    return cy
      .nodes(".partner, .home")
      .toArray()
      .map((n) => ({
        key: n.id(),
        x: rect.left + n.renderedPosition().x,
        y: rect.top + n.renderedPosition().y,
        r: Math.max(n.renderedWidth(), n.renderedHeight()) / 2,
      }));
  });
}

/** The ring guides' radii on the canvas, innermost first (their order on the page is the tiers' order). */
function ringRadii(page: Page) {
  return page.getByTestId("graph-canvas").evaluate((element) => {
    type CyNode = { id(): string; renderedWidth(): number; renderedHeight(): number };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(s: string): { toArray(): CyNode[] } } } })
      ._cyreg.cy;
    return cy
      .nodes(".ring")
      .toArray()
      .map((n) => ({ tier: n.id(), rx: n.renderedWidth() / 2, ry: n.renderedHeight() / 2 }));
  });
}

for (const screen of [
  { name: "desktop", width: 1400, height: 1000 },
  { name: "phone", width: 390, height: 844 },
] as const)
  test(`${screen.name} ${screen.width}×${screen.height}: at most 1 label in 10 sits nearer another partner's mark, no ring caption under a mark`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await page.goto(`/?asOf=${DAY}`);
    const { labels } = await paintedLabels(page);
    const partners = labels.filter((l) => l.kind === "country" || l.kind === "organisation");
    expect(partners.length).toBeGreaterThan(14);
    const misleading = ambiguousLabels(partners, await paintedMarks(page));
    test.info().annotations.push({
      type: "labels nearer another mark",
      description: `${misleading.length} of ${partners.length}: ${misleading.join(", ")}`,
    });
    expect(misleading.length, misleading.join(", ")).toBeLessThanOrEqual(Math.floor(partners.length / 10));
    const captions = labels.filter((l) => l.key.startsWith("caption:"));
    expect(captions.length).toBeGreaterThan(0);
    expect(captionsUnderMarks(captions, await everyMark(page))).toEqual([]);
    expect(overlappingPairs(labels)).toEqual([]);
  });

test("phone: the rings keep their order and spacing; the outer ones do not close up into one band", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?asOf=${DAY}`);
  await paintedLabels(page);
  const rings = await ringRadii(page);
  // Special, comprehensive strategic, strategic, comprehensive, and the band without a framework.
  expect(rings.map((r) => r.tier)).toEqual([
    "ring:special",
    "ring:comprehensive-strategic",
    "ring:strategic",
    "ring:comprehensive",
    "ring:none",
  ]);
  for (const axis of ["rx", "ry"] as const) {
    const gaps = rings.slice(1).map((ring, i) => ring[axis] - (rings[i]?.[axis] ?? 0));
    const first = gaps[0] ?? 0;
    expect(first).toBeGreaterThan(10);
    for (const gap of gaps)
      expect(gap, `${axis} gaps ${gaps.map((g) => g.toFixed(1)).join(", ")}`).toBeGreaterThanOrEqual(
        0.6 * first,
      );
  }
});

test("phone: a partner chosen low on the graph stays in sight above its details sheet", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?asOf=${DAY}`);
  const named = new Set((await paintedLabels(page)).labels.map((l) => l.key));
  const marks = (await paintedMarks(page)).filter((m) => m.key !== "VN" && named.has(m.key));
  expect(marks.length).toBeGreaterThan(14);
  // The lowest partner on the screen: the sheet opens over exactly that part of the graph.
  const lowest = marks.reduce((a, b) => (b.y > a.y ? b : a));
  expect(lowest.y).toBeLessThan(844);
  await page.mouse.click(lowest.x, lowest.y);
  await expect(page).toHaveURL(new RegExp(`focus=${lowest.key}`));
  const sheet = page.getByTestId("details-panel");
  await expect(sheet).toHaveAttribute("data-open", "true");
  await expect(page.getByTestId("details-summary")).toBeVisible();
  const canvas = page.getByTestId("graph-canvas");
  await layoutSettled(canvas);
  const sheetTop = (await sheet.boundingBox())?.y ?? 0;
  const box = (await canvas.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const chosen = (await paintedMarks(page)).find((m) => m.key === lowest.key);
  expect(chosen).toBeDefined();
  const mark = chosen ?? lowest;
  expect(sheetTop).toBeGreaterThan(box.y + 100);
  // The whole mark: inside the canvas, on the screen, and above the sheet's top.
  expect(mark.y - mark.r).toBeGreaterThanOrEqual(Math.max(box.y, 0));
  expect(mark.y + mark.r).toBeLessThanOrEqual(sheetTop);
  expect(mark.x - mark.r).toBeGreaterThanOrEqual(box.x);
  expect(mark.x + mark.r).toBeLessThanOrEqual(box.x + box.width);
});

test("phone: the table reads without a word broken across lines", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?asOf=${DAY}`);
  const table = page.getByTestId("country-table");
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const words = await table.evaluate((element) => {
    const broken: string[] = [];
    let count = 0;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      // A line may break after a hyphen ("Guinea-" / "Bissau"), never inside a word.
      for (const match of text.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        count += 1;
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return { count, broken };
  });
  expect(words.count).toBeGreaterThan(100);
  expect(words.broken).toEqual([]);
});
