import { markReach } from "./shapes";
import type { Scene } from "./types";

/** Extra reach round a mark for a finger or an unsteady pointer, in pixels. */
const SLACK_PX = 4;

/**
 * The partner whose mark is under a point of the scene (box pixels), the nearest if marks crowd: what a tap on
 * the first picture picks before the interactive canvas is there. Home and leaders are not partners to select.
 */
export function partnerAt(scene: Scene, x: number, y: number): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const node of scene.nodes) {
    if (node.kind !== "country" && node.kind !== "organisation") continue;
    const distance = Math.hypot(node.x - x, node.y - y);
    if (distance > markReach(node) + SLACK_PX) continue;
    if (!best || distance < best.distance) best = { key: node.key, distance };
  }
  return best?.key ?? null;
}
