import type { SceneNode } from "./types";

/**
 * How far each mark's shape reaches across, as a multiple of its radius: the size Cytoscape draws it at, the box
 * the SVG writer's outline fills, and so the radius the label placer keeps clear (one number for all three).
 */
export const SHAPE_SPAN: Record<SceneNode["shape"], number> = {
  star: 2.6,
  diamond: 2.4,
  triangle: 2.3,
  "round-rectangle": 1.8,
  ellipse: 2,
};

/** A mark's radius as a reader (and legibility.md's measure) sees it: half the drawn shape's span. */
export const markReach = (n: Pick<SceneNode, "shape" | "r">): number => (SHAPE_SPAN[n.shape] * n.r) / 2;

type Corners = readonly (readonly [number, number])[];

/** A five-pointed star, tip up, its inner corners at 6/13 of the way to its tips. */
const STAR: Corners = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 1 : 6 / 13;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
});
const TRIANGLE: Corners = [
  [0, -1],
  [1.1, 1],
  [-1.1, 1],
];
const DIAMOND: Corners = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

/**
 * Corners scaled so the outline's box is `span` wide or tall (the larger) and centred on the origin: a star or a
 * triangle drawn round its tips' circle would sit off the centre the labels keep clear of (and the centre a
 * reader sees, the middle of the shape's box).
 */
function fitted(corners: Corners, span: number): Corners {
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = span / Math.max(x1 - x0, y1 - y0);
  return corners.map(([x, y]) => [(x - (x0 + x1) / 2) * scale, (y - (y0 + y1) / 2) * scale] as const);
}

const OUTLINES: Partial<Record<SceneNode["shape"], Corners>> = {
  star: fitted(STAR, SHAPE_SPAN.star),
  triangle: fitted(TRIANGLE, SHAPE_SPAN.triangle),
  diamond: fitted(DIAMOND, SHAPE_SPAN.diamond),
};

/**
 * The corners of a polygonal mark of radius r centred on (x, y), or null for a round or rounded shape (drawn
 * as a circle or a square, `markReach` from the centre). Whatever draws a mark as a polygon draws these.
 */
export function markCorners(shape: SceneNode["shape"], x: number, y: number, r: number): Corners | null {
  const outline = OUTLINES[shape];
  return outline ? outline.map(([ux, uy]) => [x + ux * r, y + uy * r] as const) : null;
}
