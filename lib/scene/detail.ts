/**
 * Cytoscape renderer settings by scene size, measured by `npm run bench` (scale table): past about a thousand
 * nodes, redrawing every mark and edge on each pan or zoom frame stutters, so big scenes hide edges while the
 * view moves and reuse a texture. Small scenes draw everything at full resolution.
 */
export const LARGE_SCENE_NODES = 1000;

export function rendererOptions(nodeCount: number) {
  return nodeCount > LARGE_SCENE_NODES
    ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 }
    : {};
}
