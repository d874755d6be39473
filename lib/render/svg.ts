import type { ViewGraph } from "@/lib/graph";
import { translator, tierName } from "@/lib/i18n/messages";
import type { Lang, Layout } from "@/lib/schema/view-state";
import { TIER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { buildScene } from "@/lib/scene/build";
import { sceneInputsFromGraph } from "@/lib/scene/from-graph";
import { pictureType } from "@/lib/scene/picture";
import { SCENE_THEMES, type SceneInk } from "@/lib/scene/theme";
import { HALO_WIDTH, LABEL_PADDING } from "@/lib/scene/labels";
import type { PlacedLabel, Scene, SceneNode, TextMeasurer } from "@/lib/scene/types";
import { pictureTitle } from "@/lib/scene/title";
import { headlineFor, type HeadlinePartner } from "@/lib/views/headline";
import { altText } from "./alt-text";
import { escapeXml } from "./escape-xml";
import { FONT_FAMILY } from "./font-files";
import { measureWithNotoSans } from "./measure-font";
import { LEADER_COLOUR, TIER_STYLE } from "./palette";

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
  /** Where the credit links back to: the full interactive view. */
  creditUrl: string;
  /** The tier filter the picture shows, for its title. */
  tiers?: readonly TierFilterCode[] | null;
  /** The author's own words, instead of the default title. */
  title?: string;
  subtitle?: string;
  measure?: TextMeasurer;
}

const f = (n: number) => n.toFixed(1);

export function shapePath(shape: string, x: number, y: number, r: number): string {
  switch (shape) {
    case "diamond":
      return `<path d="M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y)}L${f(x)} ${f(y + r * 1.2)}L${f(x - r * 1.2)} ${f(y)}Z"`;
    case "triangle":
      return `<path d="M${f(x)} ${f(y - r * 1.15)}L${f(x + r * 1.1)} ${f(y + r * 0.85)}L${f(x - r * 1.1)} ${f(y + r * 0.85)}Z"`;
    case "round-rectangle":
      return `<rect x="${f(x - r * 0.9)}" y="${f(y - r * 0.9)}" width="${f(r * 1.8)}" height="${f(r * 1.8)}" rx="${f(r * 0.3)}"`;
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.6;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${f(x + radius * Math.cos(angle))},${f(y + radius * Math.sin(angle))}`;
      });
      return `<polygon points="${points.join(" ")}"`;
    }
    default:
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}"`;
  }
}

function labelText(label: PlacedLabel, extra = ""): string {
  // The box is centred on (x, y); 0.35em moves the baseline so the text's middle sits there.
  return `<text x="${f(label.x)}" y="${f(label.y)}" dy="0.35em" text-anchor="middle" font-size="${label.fontSize}"${label.bold ? ' font-weight="700"' : ""}${extra}>${escapeXml(label.text)}</text>`;
}

/** The background colour behind each label's letters, so lines and marks beneath never cut through them. */
const halo = (ink: SceneInk) => ` stroke="${ink.bg}" stroke-width="${HALO_WIDTH * 2}"`;

/** From the mark's edge to the label box's nearest edge, when a label had to sit away from its mark. */
function leaderLine(node: SceneNode, label: PlacedLabel, ink: SceneInk): string {
  const halfW = label.width / 2 - LABEL_PADDING;
  const halfH = label.height / 2 - LABEL_PADDING;
  const tx = Math.max(label.x - halfW, Math.min(node.x, label.x + halfW));
  const ty = Math.max(label.y - halfH, Math.min(node.y, label.y + halfH));
  const d = Math.hypot(tx - node.x, ty - node.y) || 1;
  const sx = node.x + ((tx - node.x) / d) * node.r;
  const sy = node.y + ((ty - node.y) / d) * node.r;
  return `<line x1="${f(sx)}" y1="${f(sy)}" x2="${f(tx)}" y2="${f(ty)}" stroke="${ink.muted}" stroke-width="0.8"/>`;
}

/** The scene itself — guides, edges, marks, labels — translated to (dx, dy). Also what an inline-SVG embed draws. */
export function drawScene(scene: Scene, ink: SceneInk, dx = 0, dy = 0): string {
  const at = new Map(scene.nodes.map((n) => [n.key, n]));
  const guides = scene.rings
    .map(
      (ring) =>
        `<g class="ring" data-tier="${ring.tier}"><ellipse cx="${f(scene.cx)}" cy="${f(scene.cy)}" rx="${f(ring.rx)}" ry="${f(ring.ry)}" fill="none" stroke="${ink.guide}" stroke-width="1" stroke-dasharray="2 4"/>` +
        `${ring.caption ? labelText(ring.caption, ` class="ring-caption" fill="${ink.muted}"${halo(ink)}`) : ""}</g>`,
    )
    .join("");
  const edges = scene.edges
    .map((e) => {
      const s = at.get(e.source);
      const t = at.get(e.target);
      if (!s || !t) return "";
      const style = e.kind === "involvement" ? ` stroke-dasharray="3 2" class="involvement"` : "";
      return `<line x1="${f(s.x)}" y1="${f(s.y)}" x2="${f(t.x)}" y2="${f(t.y)}"${style}/>`;
    })
    .join("");
  const marks = scene.nodes
    .map((n) => {
      const tier = n.kind === "country" || n.kind === "organisation" ? (n.tier ?? "none") : n.kind;
      const stroke = n.quiet ? "none" : ink.stroke;
      return (
        `<g class="node" data-key="${escapeXml(n.key)}" data-kind="${n.kind}" data-tier="${tier}"><title>${escapeXml(n.name)}</title>` +
        `${shapePath(n.shape, n.x, n.y, n.r)} fill="${n.fill}" stroke="${stroke}" stroke-width="${n.kind === "home" ? 1.5 : 0.8}"/>` +
        (n.label && n.label.leaderLine ? leaderLine(n, n.label, ink) : "") +
        (n.label ? labelText(n.label, ` class="label"${halo(ink)}`) : "") +
        "</g>"
      );
    })
    .join("");
  return (
    `<g class="scene" transform="translate(${f(dx)} ${f(dy)})">` +
    `<g class="guides" paint-order="stroke" stroke-linejoin="round">${guides}</g>` +
    `<g class="edges" stroke="${ink.edge}" stroke-width="0.8">${edges}</g>` +
    `<g class="nodes" fill="${ink.fg}" paint-order="stroke" stroke-linejoin="round" style="--halo:${ink.bg}">${marks}</g>` +
    "</g>"
  );
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
  const header = dateBaseline + type.subtitle * 0.5;
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
  const footer = rows.length * legendSize * 1.8 + creditSize * 2 + pad * 0.5;
  const sceneHeight = Math.max(60, height - header - footer);
  const { partners, leaders } = sceneInputsFromGraph(graph, lang, options.showLeaders);
  const scene = buildScene({
    partners,
    leaders,
    width,
    height: sceneHeight,
    lang,
    layout: options.layout === "geo" ? "geo" : "rings",
    expandUnaligned: false,
    measure,
    fontSize: type.fontSize,
    minFontSize: type.minFontSize,
  });
  const title = options.title ?? pictureTitle(lang, options.tiers ?? null);
  // The line under the title says what the picture counts, as the explorer's headline does.
  const counted: HeadlinePartner[] = partners.map((p) => ({ ...p }));
  const dateLine = headlineFor(counted, options.tiers ?? null, options.asOf, lang).title;
  const subtitle = options.subtitle ? `${options.subtitle} · ${dateLine}` : dateLine;
  const legendTop = header + sceneHeight + legendSize;
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
    `<title id="bamboo-title">${escapeXml(`${title} — ${dateLine}`)}</title>`,
    `<desc id="bamboo-desc">${escapeXml(altText(graph, options.asOf, lang))}</desc>`,
    `<rect width="100%" height="100%" fill="${ink.bg}"/>`,
    `<text x="${pad}" y="${f(titleBaseline)}" font-size="${type.title}" font-weight="700" fill="${ink.fg}" class="title">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="${f(dateBaseline)}" font-size="${type.subtitle}" fill="${ink.muted}" class="date">${escapeXml(subtitle)}</text>`,
    drawScene(scene, ink, 0, header),
    `<g class="legend" fill="${ink.fg}">${legend}</g>`,
    `<text x="${pad}" y="${f(height - creditSize * 0.9)}" font-size="${creditSize}" fill="${ink.muted}" class="credit">${escapeXml(`${source} · ${options.creditUrl}`)}</text>`,
    "</svg>",
  ].join("\n");
}
