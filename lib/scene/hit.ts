import { markReach } from "./shapes";
import type { Scene } from "./types";

/** Extra reach round a mark for a finger or an unsteady pointer, in pixels. */
const SLACK_PX = 4;

/**
 * The partner or leader whose mark is under a point of the scene (box pixels), the nearest if marks crowd: what a
 * tap on the first picture selects before the interactive canvas is there, as a tap on the canvas does. Vietnam
 * itself is not a mark to select.
 */
export function selectableAt(scene: Scene, x: number, y: number): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const node of scene.nodes) {
    if (node.kind === "home") continue;
    const distance = Math.hypot(node.x - x, node.y - y);
    if (distance > markReach(node) + SLACK_PX) continue;
    if (!best || distance < best.distance) best = { key: node.key, distance };
  }
  return best?.key ?? null;
}
