/**
 * Cytoscape renderer settings by scene size, measured by `npm run bench` (scale table): past about a thousand
 * nodes, redrawing every mark and edge on each pan or zoom frame stutters, so big scenes hide edges while the
 * view moves and reuse a texture. Small scenes draw everything at full resolution.
 */
const LARGE_SCENE_NODES = 1000;

export function isLargeScene(nodeCount: number): boolean {
  return nodeCount > LARGE_SCENE_NODES;
}

export function rendererOptions(large: boolean) {
  return large ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {};
}
