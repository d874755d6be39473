import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { renderSvg } from "@/lib/render/svg";
import { overlappingTexts, svgTexts } from "./svg-texts";

const base = {
  theme: "light" as const,
  lang: "en" as const,
  layout: "rings" as const,
  showLeaders: false,
  creditUrl: "https://bamboo.example/?asOf=2025-12-31",
};

describe.each([
  { name: "slide", width: 1920, height: 1080, minPx: 14 },
  { name: "article", width: 800, height: 600, minPx: 11 },
  { name: "square", width: 1080, height: 1080, minPx: 11 },
  { name: "social", width: 1200, height: 630, minPx: 11 },
])("the $name picture ($width×$height)", ({ width, height, minPx }) => {
  for (const lang of ["en", "vi"] as const) {
    const asOf = "2025-12-31";
    const graph = getGraphAsOf({ asOf, tiers: null });
    const svg = renderSvg(graph, { ...base, asOf, width, height, lang });
    const texts = svgTexts(svg);

    it(`(${lang}) labels every partner holding a tier`, () => {
      const labelled = new Set(
        [...svg.matchAll(/<g class="node" data-key="([^"]+)"[^>]*>(?:(?!<\/g>).)*class="label"/g)].map(
          (m) => m[1],
        ),
      );
      const partners: string[] = [];
      graph.forEachNode((key, a) => {
        if ((a.kind === "country" || a.kind === "organisation") && a.tier) partners.push(key);
      });
      expect(partners.length).toBeGreaterThan(30);
      expect(partners.filter((key) => !labelled.has(key))).toEqual([]);
    });

    it(`(${lang}) sets no text under ${minPx}px, and no text overlaps another or leaves the picture`, () => {
      // The checks below look for faults among the texts read: there must be texts to read.
      expect(texts.length).toBeGreaterThan(40);
      expect(texts.every((t) => t.text.trim().length > 0 && t.fontSize > 0)).toBe(true);
      expect(texts.filter((t) => t.fontSize < minPx).map((t) => `${t.text} ${t.fontSize}`)).toEqual([]);
      expect(overlappingTexts(texts)).toEqual([]);
      expect(
        texts.filter((t) => t.x0 < 0 || t.y0 < 0 || t.x1 > width || t.y1 > height).map((t) => t.text),
      ).toEqual([]);
    });
  }
});

it("a slide's rings fill its width", () => {
  const svg = renderSvg(getGraphAsOf({ asOf: "2025-12-31", tiers: null }), {
    ...base,
    asOf: "2025-12-31",
    width: 1920,
    height: 1080,
  });
  const radii = [...svg.matchAll(/<ellipse [^>]*rx="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(radii.length).toBeGreaterThan(0);
  const widest = Math.max(...radii);
  expect((2 * widest) / 1920).toBeGreaterThan(0.6);
});
