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
  // Frames and their lines first, so every panel lies over them; a line that would pass under another panel is
  // left out (the panel's name says which frame it enlarges).
  const pointers = insets.map((panel) => (panel.inset ? pointer(panel, panel.inset.frame, insets, ink) : ""));
  const panels = insets.map((panel) => {
    const inset = panel.inset;
    if (!inset) return "";
    const { caption } = inset;
    return (
      `<g class="inset" data-region="${escapeXml(inset.name)}">` +
      // The panel's shapes are clipped to it by their projection.
      rect(panel, ` fill="${ink.water}"`) +
      panelShapes(panel, ink) +
      rect(panel, ` fill="none" stroke="${ink.muted}" stroke-width="1"`) +
      `<text x="${f(caption.x)}" y="${f(caption.y)}" dy="0.35em" text-anchor="middle" font-size="${caption.fontSize}" font-weight="700" fill="${ink.muted}" stroke="none">${escapeXml(caption.text)}</text>` +
      "</g>"
    );
  });
  return (
    `<g class="map" stroke="${ink.bg}" stroke-width="0.5" stroke-linejoin="round">` +
    `<g class="world">${panelShapes(world, ink)}</g>${pointers.join("")}${panels.join("")}</g>`
  );
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether the segment from a to b passes through the box (sampled: panels are large, lines short). */
function crosses(a: [number, number], b: [number, number], box: Box): boolean {
  for (let t = 0.02; t < 0.98; t += 0.02) {
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

/** The frame of the region an inset enlarges, and a line from its nearest corner to the panel's. */
function pointer(panel: MapPanel, frame: Box, insets: readonly MapPanel[], ink: SceneInk): string {
  const fx = panel.x > frame.x + frame.width ? frame.x + frame.width : frame.x;
  const fy = panel.y > frame.y + frame.height ? frame.y + frame.height : frame.y;
  const px = Math.min(Math.max(fx, panel.x), panel.x + panel.width);
  const py = Math.min(Math.max(fy, panel.y), panel.y + panel.height);
  const blocked = insets.some((other) => other !== panel && crosses([fx, fy], [px, py], other));
  return (
    rect(frame, ` fill="none" stroke="${ink.muted}" stroke-width="1"`) +
    (blocked
      ? ""
      : `<line x1="${f(fx)}" y1="${f(fy)}" x2="${f(px)}" y2="${f(py)}" stroke="${ink.muted}" stroke-width="1"/>`)
  );
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
