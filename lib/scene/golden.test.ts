import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { renderChartSvg, type ChartSvgOptions } from "@/lib/render/chart-svg";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { renderSvg, type SvgOptions } from "@/lib/render/svg";
import type { TierFilterCode } from "@/lib/schema/tiers";
import { tierSeries } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";

/**
 * Golden pictures, the way Observable Plot tests its marks: each view's SVG must equal the file under
 * __golden__/. A differing picture is written to test-results/golden/<name>.actual.svg (outside the
 * source tree, ignored by git) for review. `UPDATE_GOLDEN=1` writes it over the golden file (never in CI)
 * and still fails this run: only a run that compares, not one that rewrote, can pass.
 */
const GOLDEN = path.join(__dirname, "__golden__");
const ACTUAL = path.join(process.cwd(), "test-results", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1" && !process.env.CI;

const views: { name: string; asOf: string; tiers?: TierFilterCode[]; options?: Partial<SvgOptions> }[] = [
  { name: "today", asOf: "2025-12-31" },
  { name: "2010", asOf: "2010-12-31" },
  { name: "tier-filter", asOf: "2025-12-31", tiers: ["comprehensive-strategic"] },
  { name: "geographic", asOf: "2025-12-31", options: { layout: "geo" } },
  { name: "map-1400", asOf: "2025-12-31", options: { layout: "geo", width: 1400, height: 1000 } },
  { name: "map-slide", asOf: "2025-12-31", options: { layout: "geo", width: 1920, height: 1080 } },
  { name: "vietnamese", asOf: "2025-12-31", options: { lang: "vi" } },
  { name: "dark", asOf: "2025-12-31", options: { theme: "dark" } },
  { name: "leaders", asOf: "2025-12-31", options: { showLeaders: true, width: 1920, height: 1080 } },
  { name: "leaders-1400", asOf: "2025-12-31", options: { showLeaders: true, width: 1400, height: 1000 } },
  {
    name: "leader-selected",
    asOf: "2025-12-31",
    options: { showLeaders: true, width: 1400, height: 1000, focus: "leader:to-lam" },
  },
];

/** The picture must equal its golden file; a differing one is written out for review (see above). */
function expectGolden(name: string, svg: string) {
  const file = path.join(GOLDEN, `${name}.svg`);
  const expected = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (svg !== expected) {
    if (UPDATE) writeFileSync(file, svg);
    mkdirSync(ACTUAL, { recursive: true });
    writeFileSync(path.join(ACTUAL, `${name}.actual.svg`), svg);
  }
  expect(
    svg === expected,
    UPDATE
      ? `${name}.svg rewritten: review its diff and run again`
      : `${name}.svg differs from its golden file; see test-results/golden/${name}.actual.svg (UPDATE_GOLDEN=1 accepts it)`,
  ).toBe(true);
}

/** The tiers-over-time chart's picture (/api/chart.svg): all tiers to the end of 2025, and a comparison's view. */
const charts: { name: string; options: Pick<ChartSvgOptions, "end" | "lang" | "tiers" | "theme"> }[] = [
  { name: "chart", options: { end: "2025-12-31", lang: "en", tiers: null, theme: "light" } },
  {
    name: "chart-vi-tiers",
    options: {
      end: "2015-06-30",
      lang: "vi",
      tiers: ["comprehensive-strategic", "strategic"],
      theme: "dark",
    },
  },
];

describe("golden pictures", () => {
  it.each(views)("$name", ({ name, asOf, tiers, options }) => {
    const svg = renderSvg(getGraphAsOf({ asOf, tiers: tiers ?? null }), {
      asOf,
      tiers: tiers ?? null,
      width: 1200,
      height: 800,
      theme: "light",
      lang: "en",
      layout: "rings",
      showLeaders: false,
      creditUrl: "https://bamboo.example/",
      ...options,
    });
    expectGolden(name, svg);
  });

  it.each(charts)("$name", ({ name, options }) => {
    const payload = getComparePayload(null);
    const svg = renderChartSvg(tierSeries(payload.partners, payload.ladders), {
      width: 1200,
      height: 700,
      creditUrl: "https://bamboo.example/compare",
      measure: measureWithNotoSans,
      ...options,
    });
    expectGolden(name, svg);
  });

  // What the golden files must say, whatever their bytes: a past date whose count misses undated relations
  // states it as a lower bound (the 2010 picture), a present one as a plain count.
  it("states a past date's count as a lower bound in its golden picture", () => {
    const dateLine = (name: string) =>
      /class="date">([^<]*)</.exec(readFileSync(path.join(GOLDEN, `${name}.svg`), "utf8"))?.[1] ?? "";
    expect(dateLine("2010")).toMatch(
      /^At least \d+ countries with diplomatic relations as of 31 December 2010$/,
    );
    expect(dateLine("today")).toMatch(/^\d+ countries with diplomatic relations as of 31 December 2025$/);
  });
});
