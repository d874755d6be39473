import type { Scene } from "./types";

export interface Point {
  x: number;
  y: number;
}
export type Segment = readonly [Point, Point];

/** Twice the signed area of a, b, c: which side of the line a→b the point c lies on. */
const turn = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/**
 * Whether two segments cross at a point inside both. Segments that only touch (a shared mark, an end on the
 * other) do not cross: links meeting at the leader or the partner they share are read as a fan, not a knot.
 */
export function segmentsCross([a, b]: Segment, [c, d]: Segment): boolean {
  const d1 = turn(c, d, a);
  const d2 = turn(c, d, b);
  const d3 = turn(a, b, c);
  const d4 = turn(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How many times pieces of `a` cross pieces of `b`. */
export function piecesCrossing(a: readonly Segment[], b: readonly Segment[]): number {
  let count = 0;
  for (const p of a) for (const q of b) if (segmentsCross(p, q)) count++;
  return count;
}

const pieceKey = ([a, b]: Segment) => [a.x, a.y, b.x, b.y].map((v) => v.toFixed(2)).join(",");

/**
 * The straight pieces some paths are drawn with: a piece several paths share (a bundle's common line) is drawn
 * once, so it is counted once.
 */
export function drawnPieces(paths: readonly (readonly Point[])[]): Segment[] {
  const pieces = new Map<string, Segment>();
  for (const path of paths)
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1];
      const b = path[i];
      if (a && b) pieces.set(pieceKey([a, b]), [a, b]);
    }
  return [...pieces.values()];
}

/** The paths of a scene's involvement links as drawn: leader, the bends of its bundle, partner. */
export function involvementPaths(scene: Scene): Point[][] {
  const at = new Map(scene.nodes.map((n) => [n.key, n]));
  return scene.edges.flatMap((e) => {
    const s = at.get(e.source);
    const t = at.get(e.target);
    return e.kind === "involvement" && s && t ? [[s, ...(e.via ?? []), t]] : [];
  });
}

/**
 * How many times the lines of the leaders' involvement links cross one another in the picture: every crossing
 * of two drawn pieces, a bundle's shared line counted once (it is drawn once).
 */
export function involvementCrossings(scene: Scene): number {
  const pieces = drawnPieces(involvementPaths(scene));
  let count = 0;
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++) {
      const p = pieces[i];
      const q = pieces[j];
      if (p && q && segmentsCross(p, q)) count++;
    }
  return count;
}
