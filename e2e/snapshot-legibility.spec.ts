import { expect, test } from "@playwright/test";
import { webFontCss } from "../lib/render/web-fonts";
import { overlappingPairs } from "./legibility";
import {
  cutOff,
  labelledMarks,
  labelsNearerAnotherMark,
  renderedSvgTexts,
  viewBoxFrame,
} from "./svg-legibility";

const DAY = "2025-12-31";

/**
 * The snapshot (`/api/graph.svg`, the picture the PNG is rasterised from) at its default size, an article's,
 * and a phone column's width: drawn inline on a page of our own origin in the font the SVG names (the one its
 * PNG is drawn in), then measured as a reader sees it (see /work/shared/legibility.md).
 */
for (const size of ["", "&preset=article", "&width=320&height=620", "&width=600&height=640"])
  test(`/api/graph.svg${size ? ` (${size.slice(1)})` : ""}: at most 1 label in 10 nearer another partner's mark, none overlapping or outside the picture`, async ({
    page,
    request,
  }) => {
    const answer = await request.get(`/api/graph.svg?asOf=${DAY}&theme=light${size}`);
    expect(answer.status()).toBe(200);
    const picture = await answer.text();
    const width = Number(/<svg [^>]*width="(\d+)"/.exec(picture)?.[1]);
    expect(width).toBeGreaterThan(0);
    // A page of our origin (so /fonts/ loads) that shows the picture at its own size.
    await page.route("**/__snapshot-under-test", (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><style>${webFontCss()}body{margin:0}</style>${picture}`,
      }),
    );
    await page.setViewportSize({ width: Math.max(width, 320), height: 1400 });
    await page.goto("/__snapshot-under-test");
    const svg = page.locator("body > svg");
    const { labels } = await renderedSvgTexts(svg);
    const partnerLabels = labels.filter((l) => l.key && l.kind !== "home");
    expect(partnerLabels.length).toBeGreaterThan(14);
    expect(overlappingPairs(labels), "overlapping texts").toEqual([]);
    expect(cutOff(labels, await viewBoxFrame(svg)), "texts outside the picture").toEqual([]);
    const misleading = labelsNearerAnotherMark(partnerLabels, await labelledMarks(svg));
    test.info().annotations.push({
      type: "labels nearer another mark",
      description: `${misleading.length} of ${partnerLabels.length}: ${misleading.join(", ")}`,
    });
    expect(misleading.length, misleading.join(", ")).toBeLessThanOrEqual(
      Math.floor(partnerLabels.length / 10),
    );
  });
