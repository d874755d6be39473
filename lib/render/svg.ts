import type { ViewGraph } from "@/lib/graph";
import { translator, tierName } from "@/lib/i18n/messages";
import type { Lang, Layout } from "@/lib/schema/view-state";
import { TIER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { buildScene } from "@/lib/scene/build";
import { sceneInputsFromGraph } from "@/lib/scene/from-graph";
import { pictureType } from "@/lib/scene/picture";
import { SCENE_THEMES } from "@/lib/scene/theme";
import type { TextMeasurer } from "@/lib/scene/types";
import { pictureTitle } from "@/lib/scene/title";
import { headlineFor } from "@/lib/views/headline";
import { altText } from "./alt-text";
import { captionBandHeight, drawCaptionBand, type FrameCaption } from "./caption-band";
import { escapeXml } from "./escape-xml";
import { FONT_FAMILY } from "./font-files";
import { measureWithNotoSans } from "./measure-font";
import { LEADER_COLOUR, TIER_STYLE } from "./palette";
import { drawScene, f, shapePath } from "./scene-svg";
import { worldMap } from "@/lib/scene/world-map";

export { FONT_FAMILY };

export interface SvgOptions {
  asOf: string;
  width: number;
  height: number;
  theme: "light" | "dark";
  lang: Lang;
  layout: Layout;
  /** Leader nodes crowd a static picture; they are drawn only when asked for. */
  showLeaders: boolean;
  /**
   * Where the credit links back to: the full interactive view. Null when no public address is configured:
   * the credit then names Bamboo alone, never a placeholder address.
   */
  creditUrl: string | null;
  /** The day to write in the date line as precise as its source ("2007"), when it is not `asOf` itself. */
  shownDate?: string;
  /** The tier filter the picture shows, for its title. */
  tiers?: readonly TierFilterCode[] | null;
  /** The author's own words, instead of the default title. */
  title?: string;
  subtitle?: string;
  /** An animation's frame: a band under the picture with its date and what changed, large enough for a slide. */
  caption?: FrameCaption;
  /** Partners to ring in the picture: on an animation's frame, those whose tier changed on its day. */
  highlight?: readonly string[];
  measure?: TextMeasurer;
}

/** A deterministic SVG of a view: title, date, the scene, a legend of what is drawn, the credit. */
export function renderSvg(graph: ViewGraph, options: SvgOptions): string {
  const { width, height, lang } = options;
  const t = translator(lang);
  const ink = SCENE_THEMES[options.theme];
  const type = pictureType(width, height);
  const measure = options.measure ?? measureWithNotoSans;
  const pad = Math.round(type.fontSize * 1.5);
  // Noto Sans's line box reaches 1.07 em above the baseline and 0.29 em below: the date line's box starts just
  // under the title's with a pixel or two to spare (browsers round a scaled font's line box to whole pixels).
  const titleBaseline = pad + type.title * 0.8;
  const dateBaseline = titleBaseline + type.title * 0.35 + type.subtitle * 1.15;
  // The line under the title says what the picture counts, as the explorer's headline does; a count that
  // undated countries could add to says so, and a line of its own says how many.
  const { partners, leaders } = sceneInputsFromGraph(graph, lang, options.showLeaders);
  const headline = headlineFor(partners, options.tiers ?? null, options.asOf, lang, {
    undatedCount: graph.getAttribute("undatedCount"),
    shownDate: options.shownDate,
  });
  const noteBaseline = dateBaseline + type.subtitle * 1.4;
  const header = (headline.undatedNote ? noteBaseline : dateBaseline) + type.subtitle * 0.5;
  const drawnTiers = new Set<string>();
  graph.forEachNode((_k, a) => {
    if (a.kind === "country" || a.kind === "organisation") drawnTiers.add(a.tier ?? "none");
  });
  const legendItems: { tier: keyof typeof TIER_STYLE | "leader"; text: string }[] = [
    ...TIER_CODES,
    "none" as const,
  ]
    .filter((tier) => drawnTiers.has(tier))
    .map((tier) => ({ tier, text: tierName(lang, tier === "none" ? null : tier) }));
  if (options.showLeaders && graph.someNode((_k, a) => a.kind === "leader"))
    legendItems.push({ tier: "leader", text: t("leader") });
  // The legend flows into as many rows as it needs.
  const legendSize = Math.max(type.minFontSize, type.fontSize);
  const rows: { x: number; item: (typeof legendItems)[number] }[][] = [[]];
  let cursor = pad;
  for (const item of legendItems) {
    const itemWidth = legendSize * 1.6 + measure(item.text, legendSize, false) + legendSize * 1.5;
    if (cursor + itemWidth > width - pad && (rows[rows.length - 1]?.length ?? 0) > 0) {
      rows.push([]);
      cursor = pad;
    }
    rows[rows.length - 1]?.push({ x: cursor, item });
    cursor += itemWidth;
  }
  const creditSize = Math.max(type.minFontSize, type.fontSize - 1);
  const band = options.caption ? captionBandHeight(type.fontSize, pad) : 0;
  const footer = rows.length * legendSize * 1.8 + creditSize * 2 + pad * 0.5 + band;
  const sceneHeight = Math.max(60, height - header - footer);
  const scene = buildScene({
    partners,
    leaders,
    width,
    height: sceneHeight,
    lang,
    layout: options.layout,
    world: worldMap,
    expandUnaligned: false,
    measure,
    fontSize: type.fontSize,
    minFontSize: type.minFontSize,
    highlight: options.highlight,
  });
  const title = options.title ?? pictureTitle(lang, options.tiers ?? null);
  const dateLine = headline.title;
  const subtitle = options.subtitle ? `${options.subtitle} · ${dateLine}` : dateLine;
  const legendTop = header + sceneHeight + band + legendSize;
  const legend = rows
    .flatMap((row, r) =>
      row.map(({ x, item }) => {
        const y = legendTop + r * legendSize * 1.8;
        const style =
          item.tier === "leader" ? { shape: "ellipse", colour: LEADER_COLOUR } : TIER_STYLE[item.tier];
        const quiet = item.tier === "none" || item.tier === "leader";
        const mark = `${shapePath(style.shape, x + legendSize * 0.5, y, legendSize * (quiet ? 0.3 : 0.42))} fill="${style.colour}" stroke="${quiet ? "none" : ink.stroke}" stroke-width="0.8"/>`;
        return `<g class="legend-item" data-tier="${item.tier}">${mark}<text x="${f(x + legendSize * 1.3)}" y="${f(y)}" dy="0.35em" font-size="${legendSize}">${escapeXml(item.text)}</text></g>`;
      }),
    )
    .join("");
  const source =
    lang === "vi"
      ? "Nguồn: Bamboo, mỗi mốc đều có trích dẫn"
      : "Source: Bamboo; every date cited to its source";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bamboo-title bamboo-desc" font-family="${FONT_FAMILY}">`,
    `<title id="bamboo-title">${escapeXml([`${title} — ${dateLine}`, headline.undatedNote].filter(Boolean).join(". "))}</title>`,
    `<desc id="bamboo-desc">${escapeXml(altText(graph, options.shownDate ?? options.asOf, lang))}</desc>`,
    `<rect width="100%" height="100%" fill="${ink.bg}"/>`,
    `<text x="${pad}" y="${f(titleBaseline)}" font-size="${type.title}" font-weight="700" fill="${ink.fg}" class="title">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="${f(dateBaseline)}" font-size="${type.subtitle}" fill="${ink.muted}" class="date">${escapeXml(subtitle)}</text>`,
    headline.undatedNote
      ? `<text x="${pad}" y="${f(noteBaseline)}" font-size="${type.subtitle}" fill="${ink.muted}" class="lower-bound">${escapeXml(headline.undatedNote)}</text>`
      : "",
    drawScene(scene, ink, 0, header),
    options.caption
      ? drawCaptionBand(
          options.caption,
          { top: header + sceneHeight, width, pad, fontSize: type.fontSize },
          ink,
          measure,
        )
      : "",
    `<g class="legend" fill="${ink.fg}">${legend}</g>`,
    `<text x="${pad}" y="${f(height - creditSize * 0.9)}" font-size="${creditSize}" fill="${ink.muted}" class="credit">${escapeXml(options.creditUrl ? `${source} · ${options.creditUrl}` : source)}</text>`,
    "</svg>",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
