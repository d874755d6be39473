import type { ViewGraph } from "@/lib/graph";
import { formatDate, translator, tierName } from "@/lib/i18n/messages";
import type { Lang, Layout } from "@/lib/schema/view-state";
import { TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { altText } from "./alt-text";
import { escapeXml } from "./escape-xml";
import { layoutPositions, type LayoutNode } from "./layout";
import { HOME_COLOUR, LEADER_COLOUR, TIER_STYLE } from "./palette";

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
}

export const FONT_FAMILY = "Noto Sans";

const PALETTES = {
  light: { bg: "#ffffff", fg: "#1b1b1b", muted: "#555555", edge: "#c8c8c8", halo: "#ffffff" },
  dark: { bg: "#121212", fg: "#ececec", muted: "#b0b0b0", edge: "#444444", halo: "#121212" },
};

function shapePath(shape: string, x: number, y: number, r: number): string {
  const f = (n: number) => n.toFixed(1);
  switch (shape) {
    case "diamond":
      return `<path d="M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r)}L${f(x - r)} ${f(y)}Z"`;
    case "triangle":
      return `<path d="M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y + r * 0.8)}L${f(x - r)} ${f(y + r * 0.8)}Z"`;
    case "round-rectangle":
      return `<rect x="${f(x - r * 0.85)}" y="${f(y - r * 0.85)}" width="${f(r * 1.7)}" height="${f(r * 1.7)}" rx="${f(r * 0.3)}"`;
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${f(x + radius * Math.cos(angle))},${f(y + radius * Math.sin(angle))}`;
      });
      return `<polygon points="${points.join(" ")}"`;
    }
    default:
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}"`;
  }
}

/** A deterministic SVG of a view: title, date, legend, credit, one mark per node. */
export function renderSvg(graph: ViewGraph, options: SvgOptions): string {
  const { width, height, lang } = options;
  const t = translator(lang);
  const colours = PALETTES[options.theme];
  const nodes: LayoutNode[] = [];
  const anchors = new Map<string, string>();
  graph.forEachEdge((_k, a, source, target) => {
    if (a.kind === "involvement" && !anchors.has(source)) anchors.set(source, target);
  });
  const drawn = (key: string) => options.showLeaders || graph.getNodeAttribute(key, "kind") !== "leader";
  graph.forEachNode((key, a) => {
    if (!drawn(key)) return;
    if (a.kind === "home") nodes.push({ key, kind: "home", tier: null, label: a.label });
    else if (a.kind === "leader")
      nodes.push({ key, kind: "leader", tier: null, label: a.label, anchor: anchors.get(key) });
    else
      nodes.push({
        key,
        kind: a.kind,
        tier: a.tier,
        region: a.region,
        label: a.label,
        lat: a.lat,
        lon: a.lon,
      });
  });
  const positions = layoutPositions(options.layout, nodes);
  const header = 64;
  const footer = 70;
  const pad = 24;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 1);
  const fontSize = Math.max(6, Math.min(11, width / 130));
  // Room for radial labels outside the outermost ring.
  const room = options.layout === "rings" ? fontSize * 8 : fontSize;
  const scale = Math.min(
    (width - 2 * pad - 2 * room) / (maxX - minX || 1),
    (height - header - footer - 2 * pad - 2 * room) / (maxY - minY || 1),
  );
  const ox = (width - (maxX - minX) * scale) / 2 - minX * scale;
  const oy = header + pad + (height - header - footer - 2 * pad - (maxY - minY) * scale) / 2 - minY * scale;
  const at = (key: string) => {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    return { x: ox + p.x * scale, y: oy + p.y * scale };
  };
  const title = lang === "vi" ? "Mạng lưới quan hệ đối tác của Việt Nam" : "Vietnam's partnership network";
  const description = altText(graph, options.asOf, lang);

  const edges: string[] = [];
  graph.forEachEdge((_key, a, source, target) => {
    if (!drawn(source)) return;
    const s = at(source);
    const t = at(target);
    const dash = a.kind === "involvement" ? ' stroke-dasharray="3 2"' : "";
    edges.push(
      `<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}"${dash}/>`,
    );
  });
  const marks: string[] = [];
  const centre = at("VN");
  graph.forEachNode((key, a) => {
    if (!drawn(key)) return;
    const p = at(key);
    const label = escapeXml(
      a.kind === "leader"
        ? lang === "vi" && a.labelVi
          ? a.labelVi
          : a.label
        : lang === "vi"
          ? a.labelVi
          : a.label,
    );
    const tier = a.kind === "country" || a.kind === "organisation" ? (a.tier ?? "none") : a.kind;
    const style =
      a.kind === "home"
        ? { colour: HOME_COLOUR, shape: "ellipse" }
        : a.kind === "leader"
          ? { colour: LEADER_COLOUR, shape: "ellipse" }
          : TIER_STYLE[a.tier ?? "none"];
    const r = a.kind === "home" ? 12 : a.kind === "leader" ? 3 : 5.5;
    // On tier rings, labels point away from the centre so neighbours on a ring do not overlap.
    const labelText = (pt: { x: number; y: number }, radius: number, text: string, kind: string) => {
      const dx = pt.x - centre.x;
      const dy = pt.y - centre.y;
      const length = Math.hypot(dx, dy);
      if (options.layout !== "rings" || kind === "home" || length < 1) {
        return `<text x="${pt.x.toFixed(1)}" y="${(pt.y + radius + fontSize).toFixed(1)}" text-anchor="middle">${text}</text>`;
      }
      const ux = dx / length;
      const uy = dy / length;
      const tx = pt.x + ux * (radius + 3);
      const ty = pt.y + uy * (radius + 3);
      // Radial labels: rotated along the spoke, flipped on the left half so they never read upside down.
      const degrees = (Math.atan2(uy, ux) * 180) / Math.PI + (ux < 0 ? 180 : 0);
      return `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" dy="0.35em" text-anchor="${ux >= 0 ? "start" : "end"}" transform="rotate(${degrees.toFixed(1)} ${tx.toFixed(1)} ${ty.toFixed(1)})">${text}</text>`;
    };
    marks.push(
      `<g class="node" data-key="${escapeXml(key)}" data-kind="${a.kind}" data-tier="${tier}">` +
        `${shapePath(style.shape, p.x, p.y, r)} fill="${style.colour}" stroke="${colours.fg}" stroke-width="0.6"/>` +
        labelText(p, r, label, a.kind) +
        "</g>",
    );
  });
  const legendItems = [
    { shape: "ellipse", colour: HOME_COLOUR, text: t("vietnam") },
    ...TIER_FILTER_CODES.map((t) => ({
      shape: TIER_STYLE[t].shape,
      colour: TIER_STYLE[t].colour,
      text: tierName(lang, t),
    })),
  ];
  // Each legend item gets room in proportion to its text, so long tier names never overlap.
  const legendFont = Math.min(12, Math.max(7, width / 110));
  const weights = legendItems.map((item) => item.text.length * legendFont * 0.55 + 26);
  const shrink = Math.min(1, (width - 2 * pad) / weights.reduce((a, b) => a + b, 0));
  let cursor = pad;
  const legend = legendItems
    .map((item, i) => {
      const x = cursor + 8;
      cursor += (weights[i] ?? 0) * shrink;
      const y = height - footer + 18;
      return `<g class="legend-item">${shapePath(item.shape, x, y, 6)} fill="${item.colour}" stroke="${colours.fg}" stroke-width="0.6"/><text x="${x + 12}" y="${y + 4}" font-size="${(legendFont * shrink).toFixed(1)}">${escapeXml(item.text)}</text></g>`;
    })
    .join("");
  const source =
    lang === "vi"
      ? "Nguồn: dữ liệu Bamboo, mỗi mốc có trích dẫn nguồn"
      : "Source: Bamboo dataset; every date cited to its source";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bamboo-title bamboo-desc" font-family="${FONT_FAMILY}">`,
    `<title id="bamboo-title">${escapeXml(`${title} — ${t("asOf")} ${formatDate(options.asOf, lang)}`)}</title>`,
    `<desc id="bamboo-desc">${escapeXml(description)}</desc>`,
    `<rect width="100%" height="100%" fill="${colours.bg}"/>`,
    `<text x="${pad}" y="30" font-size="20" font-weight="700" fill="${colours.fg}">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="52" font-size="14" fill="${colours.muted}" class="date">${escapeXml(`${t("asOf")} ${formatDate(options.asOf, lang)}`)}</text>`,
    `<g class="edges" stroke="${colours.edge}" stroke-width="0.6">${edges.join("")}</g>`,
    `<g class="nodes" font-size="${fontSize.toFixed(1)}" fill="${colours.fg}" paint-order="stroke" stroke-linejoin="round">${marks.join("")}</g>`,
    `<g class="legend" fill="${colours.fg}">${legend}</g>`,
    `<text x="${pad}" y="${height - 14}" font-size="11" fill="${colours.muted}" class="credit">${escapeXml(`${source} · ${options.creditUrl}`)}</text>`,
    "</svg>",
  ].join("\n");
}
