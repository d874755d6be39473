import { expect, test, type Page } from "@playwright/test";
import { captionsUnderMarks, overlappingPairs } from "./legibility";
import {
  cutOff,
  labelledMarks,
  labelsNearerAnotherMark,
  renderedSvgTexts,
  viewBoxFrame,
} from "./svg-legibility";

const DAY = "2025-12-31";

/** Partners by tier on a day, from the API: the test never hard-codes who they are. */
async function partnersByTier(page: Page): Promise<Map<string, string>> {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { tier?: string | null } }[] };
  return new Map(graph.nodes.flatMap((n) => (n.attributes.tier ? [[n.key, n.attributes.tier]] : [])));
}

for (const width of [320, 375, 600, 800])
  for (const scheme of ["light", "dark"] as const)
    test(`/embed laid out for a ${width} px frame (${scheme}): labels ≥ 11 px, none overlap or is cut off, no ring caption under a mark`, async ({
      page,
    }) => {
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
      // No ring caption lies under a mark, the quiet band's dots included.
      const captions = labels.filter((l) => l.kind === "ring-caption");
      expect(captionsUnderMarks(captions, await labelledMarks(svg, { all: true }))).toEqual([]);
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

for (const width of [320, 375, 600, 800])
  test(`/embed at ${width} px: at most 1 label in 10 sits nearer another partner's mark than its own`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 1400 });
    await page.goto(`/embed?asOf=${DAY}`);
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    const svg = page.locator("figure svg:visible");
    await expect(svg).toHaveCount(1);
    const { labels } = await renderedSvgTexts(svg);
    const partnerLabels = labels.filter((l) => l.key && l.kind !== "home");
    expect(partnerLabels.length).toBeGreaterThan(14);
    const misleading = labelsNearerAnotherMark(partnerLabels, await labelledMarks(svg));
    test.info().annotations.push({
      type: "labels nearer another mark",
      description: `${misleading.length} of ${partnerLabels.length}: ${misleading.join(", ")}`,
    });
    expect(misleading.length, misleading.join(", ")).toBeLessThanOrEqual(
      Math.floor(partnerLabels.length / 10),
    );
  });

/** An author's title of 61 characters: it must wrap inside a phone's picture, never run past its right edge. */
const LONG_TITLE = "Hanoi's widening circle of friends: every partnership in 2025";

for (const width of [320, 375, 600])
  for (const title of [null, LONG_TITLE])
    test(`/embed at ${width} px${title ? " with a long title" : ""}: every text of the picture lies inside its viewBox`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 1400 });
      await page.goto(`/embed?asOf=${DAY}${title ? `&title=${encodeURIComponent(title)}` : ""}`);
      await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
      const svg = page.locator("figure svg:visible");
      await expect(svg).toHaveCount(1);
      const { labels } = await renderedSvgTexts(svg);
      // Title, date line, credit, ring captions and names: every one drawn, every one inside.
      for (const kind of ["title", "date", "credit", "ring-caption"])
        expect(labels.filter((l) => l.kind === kind).length, kind).toBeGreaterThan(0);
      expect(labels.filter((l) => l.key && l.kind !== "home").length, "partners' names").toBeGreaterThan(14);
      const shownTitle = labels
        .filter((l) => l.kind === "title")
        .map((l) => l.text)
        .join(" ");
      // The drawn title is the whole title (an author's, or ours as the picture's accessible title gives it).
      const accessibleTitle = (await svg.locator(":scope > title").textContent()) ?? "";
      expect(shownTitle).toBe(title ?? accessibleTitle.split(" — ")[0]);
      expect(cutOff(labels, await viewBoxFrame(svg)), "texts outside the viewBox").toEqual([]);
    });
