import { describe, expect, it } from "vitest";
import { escapeXml } from "@/lib/render/escape-xml";
import { parseViewState } from "@/lib/schema/view-state";
import { getExplorerPayload } from "@/lib/views/payload";
import { viewHeadline } from "@/lib/views/view-headline";
import { getGraphAsOf } from "@/lib/graph";
import { altText } from "@/lib/render/alt-text";
import { TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { compareDates } from "@/lib/views/compare";
import { countCellText } from "@/lib/views/compare-counts";
import { getComparePayload } from "@/lib/views/payload";
import { FIRST_PICTURE_SIZES, firstPictureCss } from "./first-picture";
import { compareFirstView, explorerFirstView } from "./first-view";

const view = (query: string) => parseViewState(new URLSearchParams(query));

describe("explorerFirstView", () => {
  it("is the explorer's own headline for the view, in its language", () => {
    for (const query of ["asOf=2024-03-10", "asOf=2024-03-10&lang=vi", "asOf=2016-06-01&tiers=strategic"]) {
      const state = view(query);
      const headline = viewHeadline(getExplorerPayload(null).partners, state);
      const html = explorerFirstView(state);
      expect(html).toContain(`<h1 class="view-title">${escapeXml(headline.title)}</h1>`);
      expect(html.includes('class="muted headline-detail"')).toBe(headline.detail !== "");
      // A filtered view's headline has no detail line: the title ends the section.
      expect(html).toContain(headline.detail ? `${escapeXml(headline.detail)}</p>` : "</h1><div");
    }
  });

  it("counts the view's own day: a later day names more countries", () => {
    const count = (asOf: string) =>
      Number(/view-title">\D*(\d+)/.exec(explorerFirstView(view(`asOf=${asOf}`)))?.[1]);
    expect(count("1995-01-01")).toBeGreaterThan(0);
    expect(count("2024-03-10")).toBeGreaterThan(count("1995-01-01"));
  });

  it("runs nothing: no script, no event handler attribute", () => {
    const html = explorerFirstView(view("asOf=2024-03-10&lang=vi"));
    expect(html).not.toMatch(/<script|\son[a-z]+="/i);
  });
});

describe("the explorer's first picture", () => {
  const drawnTexts = (html: string, width: number) => {
    const drawing = new RegExp(`class="drawn drawn-${width}"[^>]*>([\\s\\S]*?)</svg>`).exec(html)?.[1] ?? "";
    return [...drawing.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
  };

  it("draws the view's graph at every size, named in the view's language", () => {
    const html = explorerFirstView(view("asOf=2024-03-10&lang=vi"));
    for (const { width, height } of FIRST_PICTURE_SIZES) {
      expect(html).toContain(`<div class="drawn drawn-${width}" aria-hidden="true"><svg`);
      expect(html).toContain(`viewBox="0 0 ${width} ${height}"`);
      const texts = drawnTexts(html, width);
      expect(texts).toContain("Nhật Bản");
      expect(texts).not.toContain("Japan");
    }
  });

  it("is one image to assistive technology, described as the exported pictures are", () => {
    const html = explorerFirstView(view("asOf=2024-03-10&lang=vi"));
    const graph = getGraphAsOf({ asOf: "2024-03-10", tiers: null, v: null });
    expect(html).toContain(
      `class="canvas-box first-picture" role="img" aria-label="${escapeXml(altText(graph, "2024-03-10", "vi"))}"`,
    );
  });

  it("names the selected partner at every size, as the canvas does", () => {
    // Andorra has no framework: unselected, a phone's picture leaves it unnamed.
    expect(drawnTexts(explorerFirstView(view("asOf=2024-03-10")), 360)).not.toContain("Andorra");
    const html = explorerFirstView(view("asOf=2024-03-10&focus=AD"));
    for (const { width } of FIRST_PICTURE_SIZES) expect(drawnTexts(html, width)).toContain("Andorra");
  });

  it("shows exactly one drawn size at every screen width", () => {
    const rules = [
      ...firstPictureCss().matchAll(/@media ([^{]*)\{\.first-picture \.drawn-(\d+)\{display:block\}\}/g),
    ];
    expect(rules).toHaveLength(FIRST_PICTURE_SIZES.length);
    const matches = (query: string, width: number) =>
      [...query.matchAll(/\((min|max)-width:([\d.]+)px\)/g)].every(([, bound, px]) =>
        bound === "min" ? width >= Number(px) : width <= Number(px),
      );
    for (let width = 280; width <= 2600; width += 0.5) {
      expect(
        rules.filter(([, query = ""]) => matches(query, width)),
        `at ${width}px`,
      ).toHaveLength(1);
    }
  });
});

describe("the first view's header", () => {
  it("links the same view in the other language, keeping what the address chose", () => {
    const html = explorerFirstView(view("asOf=2024-03-10&tiers=strategic&focus=JP"));
    expect(html).toContain(
      'class="language-switch" href="/?asOf=2024-03-10&amp;tiers=strategic&amp;focus=JP&amp;lang=vi"',
    );
    expect(compareFirstView(view("a=2020-01-01&b=2024-03-10&lang=vi"))).toContain(
      'href="/compare?a=2020-01-01&amp;b=2024-03-10&amp;lang=en"',
    );
  });

  it("leaves today's date implicit, so the link follows the days as the address did", () => {
    expect(explorerFirstView(view(""))).toContain('class="language-switch" href="/?lang=vi"');
  });
});

describe("compareFirstView", () => {
  it("has the counts per tier on both days, as the comparison computes them", () => {
    const state = view("a=2016-01-01&b=2024-03-10");
    const payload = getComparePayload(null);
    const diff = compareDates(payload.partners, payload.ladders, "2016-01-01", "2024-03-10");
    const html = compareFirstView(state);
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/<t[hd][^>]*>([^<]*)</g)].map((c) => c[1]),
    );
    expect(rows).toHaveLength(TIER_FILTER_CODES.length);
    TIER_FILTER_CODES.forEach((tier, i) => {
      const [, before, after, difference] = rows[i] ?? [];
      expect(before).toBe(countCellText("en", tier, diff.countsA[tier], diff.undatedA));
      expect(after).toBe(countCellText("en", tier, diff.countsB[tier], diff.undatedB));
      expect(Number(difference)).toBe(diff.countsB[tier] - diff.countsA[tier]);
    });
    expect(rows.find((r) => r[0] === "Comprehensive strategic partnership")?.[2]).toMatch(/^\d+$/);
  });

  it("is in the comparison's language", () => {
    const html = compareFirstView(view("a=2016-01-01&b=2024-03-10&lang=vi"));
    expect(html).toContain("Đối tác Chiến lược Toàn diện");
    expect(html).not.toContain("Comprehensive strategic partnership");
  });
});
