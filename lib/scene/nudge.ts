import type { Placement } from "./labels";
import type { SceneNode } from "./types";

/** How far along its ring a mark may move, as a fraction of the way to its neighbour on that side. */
const NUDGES = [0.4, -0.4, 0.2, -0.2, 0.7, -0.7];
const ROUNDS = 2;

export interface RingMarks {
  rx: number;
  ry: number;
  /** The ring's marks: the ones moved, and the neighbours that bound each move. */
  marks: SceneNode[];
}

export interface NudgeOptions {
  cx: number;
  cy: number;
  /** Whether a mark may sit there (clear of the ring captions). */
  allowed: (x: number, y: number) => boolean;
  /** Moves a mark, with what the labeller keeps clear round it. */
  move: (n: SceneNode, x: number, y: number) => void;
  /** Places every label again. */
  label: () => Placement;
  /** Lower is better: names that must be drawn and are not, then names nearer another mark than their own. */
  cost: (p: Placement) => number;
}

/**
 * Marks whose name found no spot nearer them than another mark move a little along their ring, never past a
 * neighbour, and the labels are placed again; a move stays only when the picture's cost falls. A crowded stretch
 * of ring (the partners south of Vietnam) opens up just where a name needs room.
 */
export function nudgeMarks(rings: readonly RingMarks[], first: Placement, options: NudgeOptions): Placement {
  const { cx, cy } = options;
  let best = first;
  let bestCost = options.cost(first);
  const ringOf = new Map<string, RingMarks>();
  for (const ring of rings) for (const m of ring.marks) ringOf.set(m.key, ring);
  for (let round = 0; round < ROUNDS && bestCost > 0; round++) {
    let improved = false;
    for (const key of best.loose) {
      const ring = ringOf.get(key);
      const n = ring?.marks.find((m) => m.key === key);
      if (!ring || !n || ring.marks.length < 2) continue;
      const angle = (m: SceneNode) => Math.atan2((m.y - cy) / ring.ry, (m.x - cx) / ring.rx);
      const φ = angle(n);
      const turn = (d: number) => ((d % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      const others = ring.marks.filter((m) => m !== n).map(angle);
      const ahead = Math.min(...others.map((o) => turn(o - φ)));
      const behind = Math.min(...others.map((o) => turn(φ - o)));
      const { x, y } = n;
      for (const t of NUDGES) {
        const θ = φ + (t > 0 ? t * ahead : t * behind);
        const nx = cx + ring.rx * Math.cos(θ);
        const ny = cy + ring.ry * Math.sin(θ);
        if (!options.allowed(nx, ny)) continue;
        options.move(n, nx, ny);
        const placement = options.label();
        const cost = options.cost(placement);
        if (cost < bestCost) {
          best = placement;
          bestCost = cost;
          improved = true;
          break;
        }
        options.move(n, x, y);
      }
    }
    if (!improved) break;
  }
  return best;
}
