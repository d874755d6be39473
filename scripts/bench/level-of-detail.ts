/** The drawing before the scene (kept for the bench's before/after table). */
/**
 * Cytoscape settings by graph size. Measured by `npm run bench` (scale table): past about a thousand nodes,
 * drawing every label and edge on each pan or zoom frame makes the canvas stutter, so large graphs hide
 * edges while the viewport moves, reuse a texture, and show labels only once zoomed in far enough to read.
 */
export const LEVEL_OF_DETAIL_THRESHOLD = 1000;

export interface LevelOfDetail {
  /** Renderer options given when the Cytoscape instance is created. */
  renderer: { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; pixelRatio?: number };
  /** Labels smaller than this on screen (px) are not drawn; 0 draws them all. */
  minZoomedFontSize: number;
  /** "haystack" edges are the cheapest Cytoscape draws. */
  edgeCurveStyle: "straight" | "haystack";
  /**
   * Every partner links to Vietnam, so in a large graph those edges say nothing the tier rings do not, and
   * they double the elements to style and draw.
   */
  partnershipEdges: boolean;
}

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > LEVEL_OF_DETAIL_THRESHOLD;
}

export function levelOfDetail(large: boolean): LevelOfDetail {
  if (!large)
    return { renderer: {}, minZoomedFontSize: 0, edgeCurveStyle: "straight", partnershipEdges: true };
  return {
    renderer: { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 },
    minZoomedFontSize: 8,
    edgeCurveStyle: "haystack",
    partnershipEdges: false,
  };
}
