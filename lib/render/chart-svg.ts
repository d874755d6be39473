import { formatDate, translator } from "@/lib/i18n/messages";
import { SCENE_THEMES, type SceneTheme } from "@/lib/scene/theme";
import { layoutTierChart } from "@/lib/scene/tier-chart";
import type { TextMeasurer } from "@/lib/scene/types";
import type { TierFilterCode } from "@/lib/schema/tiers";
import type { Lang } from "@/lib/schema/view-state";
import type { SeriesPoint } from "@/lib/views/compare";
import { wrapLines } from "./wrap-lines";
import { creditText } from "./credit";
import { escapeXml } from "./escape-xml";
import { FONT_FAMILY } from "./font-files";
import { TIER_STYLE, TIER_TEXT_INK } from "./palette";

export interface ChartSvgOptions {
  width: number;
  height: number;
  /** The last day drawn. */
  end: string;
  lang: Lang;
  theme: SceneTheme;
  tiers: readonly TierFilterCode[] | null;
  title?: string | undefined;
  subtitle?: string | undefined;
  creditUrl: string | null;
  measure: TextMeasurer;
}

const f = (n: number) => n.toFixed(1);

/** A picture of the tiers-over-time chart: title, the chart as the page draws it, its credit line. */
export function renderChartSvg(series: readonly SeriesPoint[], o: ChartSvgOptions): string {
  const { width, height, lang } = o;
  const t = translator(lang);
  const ink = SCENE_THEMES[o.theme];
  const pad = Math.round(Math.max(16, Math.min(width, height) * 0.04));
  const base = Math.max(13, Math.min(width / 60, height / 32));
  const titleSize = Math.round(base * 1.7);
  const subtitleSize = Math.round(base * 1.05);
  const creditSize = Math.round(Math.max(12, base * 0.85));
  const room = width - 2 * pad;
  const from = series[0]?.day ?? o.end;
  const dateLine = t("chartSubtitle", { from: formatDate(from, lang), to: formatDate(o.end, lang) });
  const title = o.title ?? t("tiersOverTime");
  const subtitle = o.subtitle ? `${o.subtitle} · ${dateLine}` : dateLine;
  const header: string[] = [];
  let baseline = pad + titleSize * 0.8;
  for (const [i, text] of wrapLines(title, room, (s) => o.measure(s, titleSize, true)).entries()) {
    if (i > 0) baseline += titleSize * 1.3;
    header.push(
      `<text x="${pad}" y="${f(baseline)}" font-size="${titleSize}" font-weight="700" fill="${ink.fg}" class="title">${escapeXml(text)}</text>`,
    );
  }
  baseline += titleSize * 0.3 + subtitleSize * 1.2;
  for (const [i, text] of wrapLines(subtitle, room, (s) => o.measure(s, subtitleSize, false)).entries()) {
    if (i > 0) baseline += subtitleSize * 1.35;
    header.push(
      `<text x="${pad}" y="${f(baseline)}" font-size="${subtitleSize}" fill="${ink.muted}" class="date">${escapeXml(text)}</text>`,
    );
  }
  const top = baseline + subtitleSize;
  const chart = layoutTierChart(series, {
    left: pad,
    top,
    width: room,
    height: height - top - creditSize * 2.2 - pad * 0.5,
    end: o.end,
    lang,
    tiers: o.tiers,
    type: { axis: Math.round(base), endLabel: Math.round(base * 1.15) },
    measure: o.measure,
  });
  const { plot, type } = chart;
  const years = chart.years
    .map(
      ({ year, x }) =>
        `<line x1="${x}" x2="${x}" y1="${f(plot.top)}" y2="${f(plot.bottom)}" stroke="${ink.edge}"/><text x="${x}" y="${f(plot.bottom + type.axis * 1.5)}" text-anchor="middle">${year}</text>`,
    )
    .join("");
  const ticks = chart.ticks
    .map(
      ({ value, y }) =>
        `<line x1="${f(plot.left)}" x2="${f(plot.right)}" y1="${y}" y2="${y}" stroke="${value === 0 ? ink.guide : ink.edge}"/><text x="${f(plot.left - type.axis * 0.5)}" y="${y}" dy="0.35em" text-anchor="end">${value}</text>`,
    )
    .join("");
  const lines = chart.lines
    .map(
      (line) =>
        `<path d="${line.d}" fill="none" stroke="${TIER_STYLE[line.tier].colour}" stroke-width="${f(type.axis * 0.22)}" stroke-linejoin="round" data-tier="${line.tier}"/>`,
    )
    .join("");
  const labels = chart.labels
    .map(
      (label) =>
        `<text x="${label.x}" y="${label.y}" dy="0.35em" font-size="${type.endLabel}" font-weight="700" fill="${TIER_TEXT_INK[o.theme][label.tier]}" class="line-name" data-tier="${label.tier}">${escapeXml(label.text)}</text>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bamboo-title" font-family="${FONT_FAMILY}">`,
    `<title id="bamboo-title">${escapeXml(`${title} — ${dateLine}`)}</title>`,
    `<rect width="100%" height="100%" fill="${ink.bg}"/>`,
    ...header,
    `<g class="axes" font-size="${type.axis}" fill="${ink.muted}" stroke-width="1">${years}${ticks}</g>`,
    `<g class="lines">${lines}</g>`,
    `<g class="line-names">${labels}</g>`,
    `<text x="${pad}" y="${f(height - creditSize * 0.9)}" font-size="${creditSize}" fill="${ink.muted}" class="credit">${escapeXml(creditText(lang, o.creditUrl))}</text>`,
    "</svg>",
  ].join("\n");
}
