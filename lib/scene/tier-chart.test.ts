import { describe, expect, it } from "vitest";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { TIER_CODES } from "@/lib/schema/tiers";
import { countsAt, tierSeries } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";
import { layoutTierChart, type TierChartOptions } from "./tier-chart";

const payload = getComparePayload();
const series = tierSeries(payload.partners, payload.ladders);
const END = "2025-12-31";
const options: TierChartOptions = {
  left: 20,
  top: 100,
  width: 1160,
  height: 520,
  end: END,
  lang: "en",
  tiers: null,
  type: { axis: 18, endLabel: 21 },
  measure: measureWithNotoSans,
};

describe("the tiers-over-time chart's geometry", () => {
  const chart = layoutTierChart(series, options);

  it("names every tier's line at its end, with the count of countries in that tier on the last day", () => {
    const counts = countsAt(payload.partners, END);
    expect(chart.lines.map((l) => l.tier)).toEqual([...TIER_CODES]);
    expect(chart.labels.map((l) => l.tier)).toEqual([...TIER_CODES]);
    for (const label of chart.labels) {
      expect(label.text.endsWith(` ${counts[label.tier]}`)).toBe(true);
      // At the lines' end, right of the plot, and inside the box.
      expect(label.x).toBeGreaterThan(chart.plot.right);
      expect(label.x + label.width).toBeLessThanOrEqual(options.left + options.width);
    }
    // The data has partners in every tier by then: the counts are real, not zeros.
    expect(TIER_CODES.every((t) => counts[t] > 0)).toBe(true);
  });

  it("never lets two line names overlap", () => {
    const ys = chart.labels.map((l) => l.y).sort((a, b) => a - b);
    expect(ys.length).toBe(4);
    // A line of Noto Sans is about 1.36 em tall.
    for (let i = 1; i < ys.length; i++)
      expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(options.type.endLabel * 1.36);
  });

  it("counts in round ticks from 0 to at least the largest count", () => {
    const values = chart.ticks.map((t) => t.value);
    expect(values[0]).toBe(0);
    const step = values[1]! - values[0]!;
    expect([1, 2, 5, 10, 20, 25, 50]).toContain(step);
    values.forEach((v, i) => expect(v).toBe(i * step));
    const largest = Math.max(
      ...series.filter((p) => p.day <= END).flatMap((p) => TIER_CODES.map((t) => p.counts[t])),
    );
    expect(values.at(-1)).toBeGreaterThanOrEqual(largest);
    expect(values.at(-1)! - step).toBeLessThan(largest);
  });

  it("puts year lines at round years, left to right inside the plot", () => {
    expect(chart.years.length).toBeGreaterThan(2);
    const step = chart.years[1]!.year - chart.years[0]!.year;
    for (const { year, x } of chart.years) {
      expect(year % step).toBe(0);
      expect(x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(x).toBeLessThanOrEqual(chart.plot.right);
    }
  });

  it("draws only the tiers asked for, and ends on the day asked for", () => {
    const one = layoutTierChart(series, { ...options, tiers: ["strategic"], end: "2015-01-01" });
    expect(one.lines.map((l) => l.tier)).toEqual(["strategic"]);
    expect(one.labels.map((l) => l.tier)).toEqual(["strategic"]);
    expect(one.labels[0]!.text).toBe(`Strategic ${countsAt(payload.partners, "2015-01-01").strategic}`);
    expect(one.markers.every((m) => m.point.day <= "2015-01-01")).toBe(true);
    expect(one.markers.length).toBeLessThan(chart.markers.length);
  });
});
