import { LEADER_COLOUR } from "@/lib/render/palette";
import { drawnPieces, piecesCrossing, type Point, type Segment } from "./crossings";
import { spreadAngles } from "./geometry";
import type { SceneEdge, SceneLeader, SceneNode } from "./types";

const HOME_KEY = "VN";
/** Passes of pairwise swaps over Vietnam's leaders: each keeps only swaps that uncross links; few are needed. */
const SWEEPS = 4;
/** Partners of one leader less than this far apart (radians, seen from the centre) share a bundle. */
const BUNDLE_GAP = 0.45;
/** Where a bundle splits, between the leader's band (0) and its nearest partner (1). */
const SPLIT_AT = 0.62;

export interface LeaderFrame {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** A point's place on the frame's ellipses: `ρ` 1 on the outer ring, `α` its direction. */
function polar(frame: LeaderFrame, p: Point) {
  const u = (p.x - frame.cx) / frame.rx;
  const v = (p.y - frame.cy) / frame.ry;
  return { ρ: Math.hypot(u, v), α: Math.atan2(v, u) };
}

function fromPolar(frame: LeaderFrame, ρ: number, α: number): Point {
  return { x: frame.cx + frame.rx * ρ * Math.cos(α), y: frame.cy + frame.ry * ρ * Math.sin(α) };
}

/** The direction of the middle of some directions; null when they balance out. */
function meanAngle(angles: readonly number[]): number | null {
  const x = angles.reduce((s, α) => s + Math.cos(α), 0);
  const y = angles.reduce((s, α) => s + Math.sin(α), 0);
  return Math.hypot(x, y) < 1e-6 ? null : Math.atan2(y, x);
}

/** A leader's partners in groups that lie in about the same direction, each group in order round the centre. */
function directionGroups(frame: LeaderFrame, partners: readonly SceneNode[]): SceneNode[][] {
  const sorted = partners
    .map((p) => ({ p, α: polar(frame, p).α }))
    .sort((a, b) => a.α - b.α || a.p.key.localeCompare(b.p.key));
  if (sorted.length === 0) return [];
  // Start after the widest gap, so a group never straddles the point where the angles wrap.
  let widest = 0;
  let cut = 0;
  sorted.forEach((s, i) => {
    const next = sorted[(i + 1) % sorted.length];
    const gap = next ? (next.α - s.α + 2 * Math.PI) % (2 * Math.PI) || 2 * Math.PI : 0;
    if (gap > widest) [widest, cut] = [gap, (i + 1) % sorted.length];
  });
  const turned = [...sorted.slice(cut), ...sorted.slice(0, cut)];
  const groups: SceneNode[][] = [];
  turned.forEach((s, i) => {
    const previous = turned[i - 1];
    const gap = previous ? (s.α - previous.α + 2 * Math.PI) % (2 * Math.PI) : Infinity;
    if (gap > BUNDLE_GAP || groups.length === 0) groups.push([s.p]);
    else groups[groups.length - 1]?.push(s.p);
  });
  return groups;
}

/**
 * Where a leader's links bend: links to partners that lie in about the same direction leave the leader as one
 * line and split near them (an edge bundle), so a leader who dealt with half of Europe draws one line towards
 * Europe rather than seven across the picture. A partner alone in its direction gets a straight link.
 */
function bundleRoutes(frame: LeaderFrame, at: Point, partners: readonly SceneNode[]): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  const from = polar(frame, at);
  for (const group of directionGroups(frame, partners)) {
    const direction = meanAngle(group.map((p) => polar(frame, p).α));
    if (group.length < 2 || direction === null) {
      for (const p of group) routes.set(p.key, []);
      continue;
    }
    const nearest = Math.min(...group.map((p) => polar(frame, p).ρ));
    const split = fromPolar(frame, from.ρ + (nearest - from.ρ) * SPLIT_AT, direction);
    for (const p of group) routes.set(p.key, [split]);
  }
  return routes;
}

/** The pieces a leader's links are drawn with, from a place `at`: each bundle's shared line once. */
function piecesFrom(frame: LeaderFrame, at: Point, partners: readonly SceneNode[]): Segment[] {
  const routes = bundleRoutes(frame, at, partners);
  return drawnPieces(partners.map((p) => [at, ...(routes.get(p.key) ?? []), p]));
}

/**
 * Vietnam's leaders sit in a band round the centre (`band`, a fraction of the outer ring) and a foreign leader
 * just outside their own country's mark. Each Vietnamese leader first turns to the middle of the partners they
 * dealt with (barycentre order); sweeps of pairwise swaps then keep any exchange of places after which their links
 * cross fewer links. Links to partners in one direction are bundled (bundleRoutes), so they run outward together.
 */
export function placeLeaders(
  leaders: readonly SceneLeader[],
  frame: LeaderFrame,
  band: number,
  markRadius: number,
  positionOf: ReadonlyMap<string, SceneNode>,
): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const nodes: SceneNode[] = [];
  const mark = (l: SceneLeader, at: Point) =>
    nodes.push({
      key: l.key,
      kind: "leader",
      tier: null,
      x: at.x,
      y: at.y,
      r: markRadius,
      shape: "ellipse",
      fill: LEADER_COLOUR,
      name: l.label,
      otherName: l.label,
      label: null,
      quiet: false,
    });
  const partnersOf = (l: SceneLeader) => l.partners.flatMap((p) => positionOf.get(p) ?? []);

  // Foreign leaders first: their places do not depend on Vietnam's, and Vietnam's are chosen round theirs.
  const perCountry = new Map<string, number>();
  for (const l of leaders) {
    if (l.country === HOME_KEY) continue;
    const anchor = positionOf.get(l.country) ?? positionOf.get(l.partners[0] ?? "");
    if (!anchor) continue;
    const n = perCountry.get(anchor.key) ?? 0;
    perCountry.set(anchor.key, n + 1);
    const φ =
      Math.atan2(anchor.y - frame.cy, anchor.x - frame.cx) +
      (n % 2 === 0 ? 1 : -1) * (0.5 + 0.4 * Math.floor(n / 2));
    const d = anchor.r + markRadius + 6 + 5 * Math.floor(n / 2);
    mark(l, { x: anchor.x + d * Math.cos(φ), y: anchor.y + d * Math.sin(φ) });
  }
  const foreignPieces: Segment[] = leaders.flatMap((l) => {
    const at = nodes.find((n) => n.key === l.key);
    return at ? partnersOf(l).map((p): Segment => [at, p]) : [];
  });

  const home = leaders.filter((l) => l.country === HOME_KEY);
  const start = -Math.PI / 2;
  const wishes = home
    .map((l) => {
      const φ = meanAngle(partnersOf(l).map((p) => polar(frame, p).α)) ?? start;
      return { l, t: start + ((((φ - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) };
    })
    .sort((a, b) => a.t - b.t || a.l.key.localeCompare(b.l.key));
  const slots = spreadAngles(
    wishes.map((w) => w.t),
    start,
    start + 2 * Math.PI,
    (2 * Math.PI) / Math.max(1, home.length),
  ).map((φ) => fromPolar(frame, band, φ));
  const targets = wishes.map((w) => partnersOf(w.l));
  // slotOf[i]: the place of the i-th leader of `wishes`; pieces[i]: its links as drawn from there.
  const slotOf = wishes.map((_, i) => i);
  const piecesAt = (i: number, slot: number) => {
    const at = slots[slot];
    return at ? piecesFrom(frame, at, targets[i] ?? []) : [];
  };
  const pieces = wishes.map((_, i) => piecesAt(i, i));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let improved = false;
    for (let a = 0; a < wishes.length; a++)
      for (let b = a + 1; b < wishes.length; b++) {
        const others = [...foreignPieces, ...pieces.flatMap((p, i) => (i === a || i === b ? [] : p))];
        const cost = (pa: Segment[], pb: Segment[]) =>
          piecesCrossing(pa, others) + piecesCrossing(pb, others) + piecesCrossing(pa, pb);
        const sa = slotOf[a] ?? a;
        const sb = slotOf[b] ?? b;
        const swappedA = piecesAt(a, sb);
        const swappedB = piecesAt(b, sa);
        if (cost(swappedA, swappedB) < cost(pieces[a] ?? [], pieces[b] ?? [])) {
          [slotOf[a], slotOf[b], pieces[a], pieces[b]] = [sb, sa, swappedA, swappedB];
          improved = true;
        }
      }
    if (!improved) break;
  }
  const routes = new Map<string, Map<string, Point[]>>();
  wishes.forEach(({ l }, i) => {
    const at = slots[slotOf[i] ?? i];
    if (!at) return;
    mark(l, at);
    routes.set(l.key, bundleRoutes(frame, at, targets[i] ?? []));
  });

  const present = new Set(nodes.map((n) => n.key));
  const edges: SceneEdge[] = leaders.flatMap((l) =>
    present.has(l.key)
      ? l.partners
          .filter((p) => positionOf.has(p))
          .map((p): SceneEdge => {
            const via = routes.get(l.key)?.get(p);
            return {
              key: `${l.key}->${p}`,
              source: l.key,
              target: p,
              kind: "involvement",
              ...(via && via.length > 0 ? { via } : {}),
            };
          })
      : [],
  );
  return { nodes, edges };
}
