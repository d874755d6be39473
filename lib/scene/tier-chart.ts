import { TIER_CODES, type TierCode, type TierFilterCode } from "@/lib/schema/tiers";
import type { Lang } from "@/lib/schema/view-state";
import type { SeriesPoint } from "@/lib/views/compare";
import { roundTicks, spreadLabels } from "@/lib/views/line-chart";
import { shortTierName } from "./captions";
import type { TextMeasurer } from "./types";

/** The chart's type sizes: axes, and the bolder names at the lines' ends. */
export interface ChartType {
  axis: number;
  endLabel: number;
}

export interface TierChartOptions {
  /** The box the chart fills, axes and end names included. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The last day drawn: every line runs on to it. */
  end: string;
  lang: Lang;
  /** The tiers drawn (null: all four). */
  tiers: readonly TierFilterCode[] | null;
  type: ChartType;
  measure: TextMeasurer;
}

export interface ChartLine {
  tier: TierCode;
  /** An SVG path: a step line, level until the day its count changes. */
  d: string;
  /** Its count on the last day drawn. */
  endCount: number;
}

export interface EndLabel {
  tier: TierCode;
  text: string;
  x: number;
  /** The vertical centre, spread so no two names overlap. */
  y: number;
  width: number;
}

export interface TierChartGeometry {
  /** The plot's own box, where lines are drawn. */
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number }[];
  years: { year: number; x: number }[];
  lines: ChartLine[];
  labels: EndLabel[];
  /** One marker per day a tier changed, at the top of the plot. */
  markers: { point: SeriesPoint; x: number }[];
  type: ChartType;
}

const DAY_MS = 86_400_000;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;
/** A line of Noto Sans is about 1.36 em tall (ascent and descent): names this far apart never touch. */
const LINE_EM = 1.4;

/** The smallest round step between year labels that leaves each label `minSpacing` pixels of room. */
export function yearStep(pixelsPerYear: number, minSpacing: number): number {
  return YEAR_STEPS.find((step) => step * pixelsPerYear >= minSpacing) ?? YEAR_STEPS.at(-1)!;
}

const f = (n: number) => Number(n.toFixed(1));

/**
 * The tiers-over-time chart, computed once for every writer (the page's React SVG and the picture's SVG
 * writer): round count ticks, year lines, a step line per tier, and each line named at its end with its
 * count on the last day, the names spread apart so they never overlap.
 */
export function layoutTierChart(series: readonly SeriesPoint[], o: TierChartOptions): TierChartGeometry {
  const shown = series.filter((p) => p.day <= o.end);
  const tiers = TIER_CODES.filter((t) => !o.tiers || o.tiers.includes(t));
  const ticks = roundTicks(Math.max(1, ...shown.flatMap((p) => tiers.map((t) => p.counts[t]))));
  const max = ticks.at(-1) ?? 1;
  const latest = shown.at(-1)?.counts;
  const count = (t: TierCode) => latest?.[t] ?? 0;
  const names = tiers.map((tier) => {
    const text = `${shortTierName(o.lang, tier)} ${count(tier)}`;
    return { tier, text, width: o.measure(text, o.type.endLabel, true) };
  });
  const gutter = o.type.axis * 3.4;
  const right =
    o.left + o.width - Math.min(o.width * 0.42, Math.max(0, ...names.map((n) => n.width)) + o.type.endLabel);
  const plot = {
    left: o.left + gutter,
    right,
    top: o.top + o.type.endLabel,
    bottom: o.top + o.height - o.type.axis * 2.5,
  };
  const first = Date.parse(shown[0]?.day ?? o.end);
  const last = Math.max(first + DAY_MS, Date.parse(o.end));
  const x = (day: string) =>
    plot.left + ((Date.parse(day) - first) / (last - first)) * (plot.right - plot.left);
  const y = (n: number) => plot.bottom - (n / max) * (plot.bottom - plot.top);
  const lines = tiers.map((tier) => ({
    tier,
    endCount: count(tier),
    d:
      shown
        .map((p, i) =>
          i === 0 ? `M${f(x(p.day))},${f(y(p.counts[tier]))}` : `H${f(x(p.day))}V${f(y(p.counts[tier]))}`,
        )
        .join("") + (shown.length > 0 ? `H${f(x(o.end))}` : ""),
  }));
  const labelYs = spreadLabels(
    names.map((n) => y(count(n.tier))),
    Math.ceil(o.type.endLabel * LINE_EM),
    plot.top,
    plot.bottom,
  );
  const labels = names.map((n, i) => ({ ...n, x: f(plot.right + o.type.endLabel * 0.4), y: f(labelYs[i]!) }));
  const spacing = o.measure("2024", o.type.axis, false) * 1.6;
  const step = yearStep((plot.right - plot.left) / ((last - first) / (365.25 * DAY_MS)), spacing);
  const years: { year: number; x: number }[] = [];
  const lastYear = new Date(last).getUTCFullYear();
  for (
    let year = Math.ceil((new Date(first).getUTCFullYear() + 1) / step) * step;
    year <= lastYear;
    year += step
  )
    years.push({ year, x: f(x(`${year}-01-01`)) });
  return {
    plot,
    ticks: ticks.map((value) => ({ value, y: f(y(value)) })),
    years,
    lines,
    labels,
    markers: shown.map((point) => ({ point, x: f(x(point.day)) })),
    type: o.type,
  };
}
