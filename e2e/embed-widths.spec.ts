import { expect, test, type Page } from "@playwright/test";
import { overlappingPairs } from "./legibility";
import { cutOff, labelledMarks, labelsNearerAnotherMark, renderedSvgTexts } from "./svg-legibility";

const DAY = "2025-12-31";

/** Partners by tier on a day, from the API: the test never hard-codes who they are. */
async function partnersByTier(page: Page): Promise<Map<string, string>> {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { tier?: string | null } }[] };
  return new Map(graph.nodes.flatMap((n) => (n.attributes.tier ? [[n.key, n.attributes.tier]] : [])));
}

for (const width of [320, 375, 600, 800])
  for (const scheme of ["light", "dark"] as const)
    test(`/embed laid out for a ${width} px frame (${scheme}): labels ≥ 11 px on their own marks, none overlap or is cut off`, async ({
      page,
    }) => {
      // Known gap (issue #24): under 440 px the date line ("195 countries … as of 31 December 2025") runs past
      // the picture's right edge; it needs wrapping in the SVG writer. Marked so the fix is noticed.
      test.fail(width < 440, "the date line is cut off in the 320 px drawing");
      const tiers = await partnersByTier(page);
      const top = [...tiers].filter(([, tier]) => tier === "special" || tier === "comprehensive-strategic");
      expect(top.length).toBeGreaterThan(8);
      await page.setViewportSize({ width, height: 1400 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed?asOf=${DAY}`);
      await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
      const svg = page.locator("figure svg:visible");
      await expect(svg).toHaveCount(1);
      const { labels, frame } = await renderedSvgTexts(svg);
      // Drawn for the frame, not scaled down: the picture is never wider than its frame.
      expect(frame.svg.right - frame.svg.left).toBeLessThanOrEqual(width + 0.5);
      const small = labels.filter((l) => l.px < 10.99).map((l) => `${l.text} ${l.px.toFixed(2)}px`);
      expect(small, "texts under 11 px").toEqual([]);
      const labelled = new Set(labels.filter((l) => l.key).map((l) => l.key));
      const expected = width >= 600 ? [...tiers.keys()] : top.map(([key]) => key);
      expect(
        expected.filter((key) => !labelled.has(key)),
        "partners without a label",
      ).toEqual([]);
      expect(overlappingPairs(labels), "overlapping texts").toEqual([]);
      expect(cutOff(labels, frame), "texts cut off").toEqual([]);
      const partnerLabels = labels.filter((l) => l.key && l.kind !== "home");
      expect(partnerLabels.length).toBeGreaterThanOrEqual(expected.length);
      // Measured and reported, not yet held to "at most 1 in 10": the scene's label placer (issue #24, item 2)
      // still puts some labels nearer a neighbour's mark than their own.
      const misleading = labelsNearerAnotherMark(partnerLabels, await labelledMarks(svg));
      test.info().annotations.push({
        type: "labels nearer another mark",
        description: `${misleading.length} of ${partnerLabels.length}: ${misleading.join(", ")}`,
      });
      // The page under the picture and the picture's own background are one colour.
      const [page_, picture] = await svg.evaluate((element) => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(element.querySelector("rect") ?? element).fill,
      ]);
      expect(picture).toBe(page_);
      expect(page_).toBe(scheme === "dark" ? "rgb(18, 18, 18)" : "rgb(255, 255, 255)");
    });

test("theme=light and theme=dark force page and picture whatever the reader's scheme", async ({ page }) => {
  for (const [theme, scheme, colour] of [
    ["light", "dark", "rgb(255, 255, 255)"],
    ["dark", "light", "rgb(18, 18, 18)"],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/embed?asOf=${DAY}&theme=${theme}`);
    const svg = page.locator("figure svg:visible");
    await expect(svg).toHaveCount(1);
    const colours = await svg.evaluate((element) => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(element.querySelector("rect") ?? element).fill,
    ]);
    expect(colours).toEqual([colour, colour]);
  }
});
