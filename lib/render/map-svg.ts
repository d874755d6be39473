import type { SceneInk } from "@/lib/scene/theme";
import type { MapPanel, MapTone, Scene } from "@/lib/scene/types";
import { escapeXml } from "./escape-xml";
import { HOME_COLOUR, TIER_STYLE } from "./palette";
import { f } from "./number-format";

/** A partner's country is shaded in its tier's colour, lighter than its mark, so the marks stay on top. */
function toneFill(tone: MapTone, ink: SceneInk): string {
  if (tone === "land") return `fill="${ink.land}"`;
  if (tone === "none") return `fill="${ink.quietLand}"`;
  if (tone === "home") return `fill="${HOME_COLOUR}" fill-opacity="0.75"`;
  return `fill="${TIER_STYLE[tone].colour}" fill-opacity="0.38"`;
}

function panelShapes(panel: MapPanel, ink: SceneInk): string {
  return panel.shapes
    .map((s) => `<path data-tone="${s.tone}" ${toneFill(s.tone, ink)} d="${s.d}"/>`)
    .join("");
}

const rect = (r: { x: number; y: number; width: number; height: number }, extra: string) =>
  `<rect x="${f(r.x)}" y="${f(r.y)}" width="${f(r.width)}" height="${f(r.height)}"${extra}/>`;

/**
 * The map under a geographic scene: the world's country shapes, then each inset over it — its frame on the world,
 * a line from that frame to the panel, the panel with its own shapes and its name. Countries' borders are the
 * background's colour, so neighbours of one tone stay apart.
 */
export function drawMap(scene: Scene, ink: SceneInk): string {
  if (!scene.map) return "";
  const [world, ...insets] = scene.map.panels;
  if (!world) return "";
  const parts = [`<g class="world">${panelShapes(world, ink)}</g>`];
  for (const panel of insets) {
    const inset = panel.inset;
    if (!inset) continue;
    const { frame, caption } = inset;
    // The line runs from the frame's corner nearest the panel to the panel's nearest corner.
    const fx = panel.x > frame.x + frame.width ? frame.x + frame.width : frame.x;
    const fy = panel.y > frame.y + frame.height ? frame.y + frame.height : frame.y;
    const px = Math.min(Math.max(fx, panel.x), panel.x + panel.width);
    const py = Math.min(Math.max(fy, panel.y), panel.y + panel.height);
    parts.push(
      `<g class="inset" data-region="${escapeXml(inset.name)}">` +
        rect(frame, ` fill="none" stroke="${ink.muted}" stroke-width="1"`) +
        `<line x1="${f(fx)}" y1="${f(fy)}" x2="${f(px)}" y2="${f(py)}" stroke="${ink.muted}" stroke-width="1"/>` +
        // The panel's shapes are clipped to it by their projection.
        rect(panel, ` fill="${ink.water}"`) +
        panelShapes(panel, ink) +
        rect(panel, ` fill="none" stroke="${ink.muted}" stroke-width="1"`) +
        `<text x="${f(caption.x)}" y="${f(caption.y)}" dy="0.35em" text-anchor="middle" font-size="${caption.fontSize}" font-weight="700" fill="${ink.muted}" stroke="none">${escapeXml(caption.text)}</text>` +
        "</g>",
    );
  }
  return `<g class="map" stroke="${ink.bg}" stroke-width="0.5" stroke-linejoin="round">${parts.join("")}</g>`;
}

/**
 * The map alone as an SVG document, for the canvas to show under Cytoscape's marks: `viewport` is the group the
 * canvas moves with its zoom and pan.
 */
export function mapDocument(scene: Scene, ink: SceneInk, fontFamily: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" font-family="${escapeXml(fontFamily)}">` +
    `<g class="viewport">${drawMap(scene, ink)}</g></svg>`
  );
}
