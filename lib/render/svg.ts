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
import { creditText } from "./credit";
import { headlineFor } from "@/lib/views/headline";
import { altText } from "./alt-text";
import { captionBandHeight, drawCaptionBand, type FrameCaption } from "./caption-band";
import { escapeXml } from "./escape-xml";
import { FONT_FAMILY } from "./font-files";
import { measureWithNotoSans } from "./measure-font";
import { wrapLines } from "./wrap-lines";
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
  /** The selected mark (`focus`): ringed; a selected leader's links and partners stand out, the rest fades. */
  focus?: string | null;
  /** Partners to ring in the picture: on an animation's frame, those whose tier changed on its day. */
  highlight?: readonly string[];
  measure?: TextMeasurer;
}

/** A line of the picture's header: its text, baseline, size and class. */
interface HeaderLine {
  text: string;
  baseline: number;
  size: number;
  className: "title" | "date" | "lower-bound";
}

/**
 * Where everything of a picture goes: the header's lines (wrapped to the width, so a phone's picture keeps its
 * date line whole), the scene between header and legend, the legend's rows, the credit. The SVG writer draws it;
 * tests read its scene.
 */
export function layoutPicture(graph: ViewGraph, options: SvgOptions) {
  const { width, height, lang } = options;
  const t = translator(lang);
  const type = pictureType(width, height);
  const measure = options.measure ?? measureWithNotoSans;
  const pad = Math.round(type.fontSize * 1.5);
  // The line under the title says what the picture counts, as the explorer's headline does; a count that
  // undated countries could add to says so, and a line of its own says how many.
  const { partners, leaders } = sceneInputsFromGraph(graph, lang, options.showLeaders);
  const headline = headlineFor(partners, options.tiers ?? null, options.asOf, lang, {
    undatedCount: graph.getAttribute("undatedCount"),
    shownDate: options.shownDate,
  });
  const title = options.title ?? pictureTitle(lang, options.tiers ?? null);
  const dateLine = headline.title;
  const subtitle = options.subtitle ? `${options.subtitle} · ${dateLine}` : dateLine;
  // Noto Sans's line box reaches 1.07 em above the baseline and 0.29 em below: each line's box starts just
  // under the one above with a pixel or two to spare (browsers round a scaled font's line box to whole pixels).
  const room = width - 2 * pad;
  const header: HeaderLine[] = [];
  let baseline = pad + type.title * 0.8;
  for (const [i, text] of wrapLines(title, room, (s) => measure(s, type.title, true)).entries()) {
    if (i > 0) baseline += type.title * 1.4;
    header.push({ text, baseline, size: type.title, className: "title" });
  }
  baseline += type.title * 0.35 + type.subtitle * 1.15;
  const small = [
    ...wrapLines(subtitle, room, (s) => measure(s, type.subtitle, false)).map((text) => ({
      text,
      className: "date" as const,
    })),
    ...(headline.undatedNote
      ? wrapLines(headline.undatedNote, room, (s) => measure(s, type.subtitle, false)).map((text) => ({
          text,
          className: "lower-bound" as const,
        }))
      : []),
  ];
  small.forEach((line, i) => {
    if (i > 0) baseline += type.subtitle * 1.4;
    header.push({ ...line, baseline, size: type.subtitle });
  });
  const headerHeight = baseline + type.subtitle * 0.5;
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
  const sceneHeight = Math.max(60, height - headerHeight - footer);
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
  return {
    type,
    measure,
    pad,
    header,
    headerHeight,
    title,
    dateLine,
    undatedNote: headline.undatedNote,
    rows,
    legendSize,
    creditSize,
    band,
    sceneHeight,
    scene,
  };
}

/** A deterministic SVG of a view: title, date, the scene, a legend of what is drawn, the credit. */
export function renderSvg(graph: ViewGraph, options: SvgOptions): string {
  const { width, height, lang } = options;
  const ink = SCENE_THEMES[options.theme];
  const layout = layoutPicture(graph, options);
  const { type, measure, pad, scene, rows, legendSize, creditSize, band, sceneHeight, title, dateLine } =
    layout;
  const header = layout.headerHeight;
  const legendTop = header + sceneHeight + band + legendSize;
  const legend = rows
    .flatMap((row, r) =>
      row.map(({ x, item }) => {
        const y = legendTop + r * legendSize * 1.8;
        const style =
          item.tier === "leader"
            ? { shape: "ellipse" as const, colour: LEADER_COLOUR }
            : TIER_STYLE[item.tier];
        const quiet = item.tier === "none" || item.tier === "leader";
        const mark = `${shapePath(style.shape, x + legendSize * 0.5, y, legendSize * (quiet ? 0.3 : 0.42))} fill="${style.colour}" stroke="${quiet ? "none" : ink.stroke}" stroke-width="0.8"/>`;
        return `<g class="legend-item" data-tier="${item.tier}">${mark}<text x="${f(x + legendSize * 1.3)}" y="${f(y)}" dy="0.35em" font-size="${legendSize}">${escapeXml(item.text)}</text></g>`;
      }),
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bamboo-title bamboo-desc" font-family="${FONT_FAMILY}">`,
    `<title id="bamboo-title">${escapeXml([`${title} — ${dateLine}`, layout.undatedNote].filter(Boolean).join(". "))}</title>`,
    `<desc id="bamboo-desc">${escapeXml(altText(graph, options.shownDate ?? options.asOf, lang))}</desc>`,
    `<rect width="100%" height="100%" fill="${ink.bg}"/>`,
    ...layout.header.map(
      (line) =>
        `<text x="${pad}" y="${f(line.baseline)}" font-size="${line.size}"${line.className === "title" ? ' font-weight="700"' : ""} fill="${line.className === "title" ? ink.fg : ink.muted}" class="${line.className}">${escapeXml(line.text)}</text>`,
    ),
    drawScene(scene, ink, 0, header, { matches: null, focus: options.focus ?? null }),
    options.caption
      ? drawCaptionBand(
          options.caption,
          { top: header + sceneHeight, width, pad, fontSize: type.fontSize },
          ink,
          measure,
        )
      : "",
    `<g class="legend" fill="${ink.fg}">${legend}</g>`,
    `<text x="${pad}" y="${f(height - creditSize * 0.9)}" font-size="${creditSize}" fill="${ink.muted}" class="credit">${escapeXml(creditText(lang, options.creditUrl))}</text>`,
    "</svg>",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
