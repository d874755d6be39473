import type { SceneNode } from "./types";

/** How far each Cytoscape shape reaches, as a multiple of the mark's radius: the SVG writer's shapes match. */
export const SHAPE_SPAN: Record<SceneNode["shape"], number> = {
  star: 2.6,
  diamond: 2.4,
  triangle: 2.3,
  "round-rectangle": 1.8,
  ellipse: 2,
};

/** A mark's radius as a reader (and legibility.md's measure) sees it: half the drawn shape's span. */
export const markReach = (n: Pick<SceneNode, "shape" | "r">): number => (SHAPE_SPAN[n.shape] * n.r) / 2;
