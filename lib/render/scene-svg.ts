import { leaderEmphasis } from "@/lib/scene/emphasis";
import { highlightRing } from "@/lib/scene/highlight";
import { HALO_WIDTH, LABEL_PADDING } from "@/lib/scene/labels";
import { markCorners, markReach } from "@/lib/scene/shapes";
import type { SceneInk } from "@/lib/scene/theme";
import type { PlacedLabel, Scene, SceneNode } from "@/lib/scene/types";
import { escapeXml } from "./escape-xml";
import { drawMap } from "./map-svg";
import { f } from "./number-format";

/**
 * The scene as SVG markup, every text escaped. Kept apart from the picture writer (svg.ts, which measures with
 * the font files on the server) so the browser can draw the same markup as the graph's first picture.
 */

export { f };

/** A mark's shape as an SVG element (left open for its paint): the outline lib/scene/shapes.ts gives every drawing. */
export function shapePath(shape: SceneNode["shape"], x: number, y: number, r: number): string {
  const corners = markCorners(shape, x, y, r);
  if (corners) return `<polygon points="${corners.map(([px, py]) => `${f(px)},${f(py)}`).join(" ")}"`;
  if (shape === "round-rectangle") {
    const half = markReach({ shape, r });
    return `<rect x="${f(x - half)}" y="${f(y - half)}" width="${f(2 * half)}" height="${f(2 * half)}" rx="${f(r * 0.3)}"`;
  }
  return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(markReach({ shape, r }))}"`;
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

function ringFor(n: SceneNode, ink: SceneInk): string {
  const { radius, width } = highlightRing(n.r);
  return `<circle class="highlight" cx="${f(n.x)}" cy="${f(n.y)}" r="${f(radius)}" fill="none" stroke="${ink.fg}" stroke-width="${f(width)}"/>`;
}

/** The scene itself — guides, edges, marks, labels — translated to (dx, dy). Also what an inline-SVG embed draws. */
/** What the explorer marks on top of the scene: marks outside a search are faded, the selected one is ringed. */
export interface Emphasis {
  matches: ReadonlySet<string> | null;
  focus: string | null;
}

export function drawScene(scene: Scene, ink: SceneInk, dx = 0, dy = 0, emphasis?: Emphasis): string {
  const at = new Map(scene.nodes.map((n) => [n.key, n]));
  const guides = scene.rings
    .map(
      (ring) =>
        `<g class="ring" data-tier="${ring.tier}"><ellipse cx="${f(scene.cx)}" cy="${f(scene.cy)}" rx="${f(ring.rx)}" ry="${f(ring.ry)}" fill="none" stroke="${ink.guide}" stroke-width="1" stroke-dasharray="2 4"/>` +
        `${ring.caption ? labelText(ring.caption, ` class="ring-caption" fill="${ink.muted}"${halo(ink)}`) : ""}</g>`,
    )
    .join("");
  // A selected leader's links are drawn last, dark and solid; every other link and mark fades.
  const selected = leaderEmphasis(scene, emphasis?.focus ?? null);
  const edges = [...scene.edges]
    .sort((a, b) => Number(selected?.links.has(a.key) ?? false) - Number(selected?.links.has(b.key) ?? false))
    .map((e) => {
      const s = at.get(e.source);
      const t = at.get(e.target);
      if (!s || !t) return "";
      const strong = selected?.links.has(e.key);
      const style =
        e.kind !== "involvement"
          ? ""
          : strong
            ? ` stroke="${ink.fg}" stroke-width="2" class="involvement selected"`
            : ` stroke-dasharray="3 2" class="involvement"`;
      const faded = selected && !strong ? ' opacity="0.15"' : "";
      if (!e.via?.length)
        return `<line x1="${f(s.x)}" y1="${f(s.y)}" x2="${f(t.x)}" y2="${f(t.y)}"${style}${faded}/>`;
      // A bundled link bends where its bundle splits; links of one bundle share their first piece exactly.
      const points = [s, ...e.via, t].map((p) => `${f(p.x)},${f(p.y)}`).join(" ");
      return `<polyline points="${points}" fill="none"${style}${faded}/>`;
    })
    .join("");
  const highlighted = new Set(scene.highlight);
  const marks = scene.nodes
    .map((n) => {
      const tier = n.kind === "country" || n.kind === "organisation" ? (n.tier ?? "none") : n.kind;
      const focused = emphasis?.focus === n.key;
      const faded =
        (emphasis?.matches && n.kind !== "home" && !emphasis.matches.has(n.key)) ||
        (selected && !selected.marks.has(n.key));
      const stroke = focused ? ink.fg : n.quiet ? "none" : ink.stroke;
      const width = focused ? 3 : n.kind === "home" ? 1.5 : 0.8;
      return (
        `<g class="node" data-key="${escapeXml(n.key)}" data-kind="${n.kind}" data-tier="${tier}"${faded ? ' opacity="0.2"' : ""}><title>${escapeXml(n.name)}</title>` +
        // The canvas rings a selected mark the same way: a soft disc behind it and a heavy outline.
        (focused
          ? `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.r * 1.3 + 5)}" fill="${ink.fg}" opacity="0.18"/>`
          : "") +
        (highlighted.has(n.key) ? ringFor(n, ink) : "") +
        `${shapePath(n.shape, n.x, n.y, n.r)} fill="${n.fill}" stroke="${stroke}" stroke-width="${width}"/>` +
        (n.label && n.label.leaderLine ? leaderLine(n, n.label, ink) : "") +
        (n.label ? labelText(n.label, ` class="label"${halo(ink)}`) : "") +
        "</g>"
      );
    })
    .join("");
  return (
    `<g class="scene" transform="translate(${f(dx)} ${f(dy)})">` +
    drawMap(scene, ink) +
    `<g class="guides" paint-order="stroke" stroke-linejoin="round">${guides}</g>` +
    `<g class="edges" stroke="${ink.edge}" stroke-width="0.8">${edges}</g>` +
    `<g class="nodes" fill="${ink.fg}" paint-order="stroke" stroke-linejoin="round" style="--halo:${ink.bg}">${marks}</g>` +
    "</g>"
  );
}

/** The scene alone as an SVG document of `width`×`height`, its texts in `fontFamily`: the explorer's first picture. */
export function sceneDocument(
  scene: Scene,
  ink: SceneInk,
  size: { width: number; height: number },
  fontFamily: string,
  emphasis?: Emphasis,
): string {
  const { width, height } = size;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(fontFamily)}">${drawScene(scene, ink, 0, 0, emphasis)}</svg>`
  );
}
