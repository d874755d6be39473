import { TIER_CODES, type TierCode } from "@/lib/schema/tiers";

export interface LayoutNode {
  key: string;
  kind: "home" | "country" | "organisation" | "leader";
  tier: TierCode | null;
  region?: string;
  label: string;
  lat?: number;
  lon?: number;
  /** For leaders: the partner they are linked to first, to sit beside it. */
  anchor?: string;
}

export interface Point {
  x: number;
  y: number;
}

const RING_RADIUS = 120;

/** Ring index per tier: special innermost, no framework outermost. */
export function ringOf(tier: TierCode | null): number {
  return tier === null ? TIER_CODES.length + 1 : TIER_CODES.indexOf(tier) + 1;
}

function byRegionThenLabel(a: LayoutNode, b: LayoutNode): number {
  return (
    (a.region ?? "").localeCompare(b.region ?? "") ||
    a.label.localeCompare(b.label, "en") ||
    a.key.localeCompare(b.key)
  );
}

/** Places leaders just outside their anchor, fanned out so several leaders of one country do not overlap. */
function placeLeaders(
  nodes: readonly LayoutNode[],
  positions: Map<string, Point>,
  outward: (p: Point) => Point,
): void {
  const perAnchor = new Map<string, number>();
  for (const node of nodes) {
    if (node.kind !== "leader") continue;
    const anchor = (node.anchor && positions.get(node.anchor)) || { x: 0, y: 0 };
    const n = perAnchor.get(node.anchor ?? "") ?? 0;
    perAnchor.set(node.anchor ?? "", n + 1);
    const base = outward(anchor);
    const angle = n * 2.4; // golden-angle fan: deterministic, well spread
    positions.set(node.key, {
      x: base.x + Math.cos(angle) * (14 + 6 * n),
      y: base.y + Math.sin(angle) * (14 + 6 * n),
    });
  }
}

/**
 * Concentric tier rings with Vietnam at the centre. Deterministic: the same nodes always get the
 * same positions, so the canvas and the static images agree.
 */
export function ringsLayout(nodes: readonly LayoutNode[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const rings = new Map<number, LayoutNode[]>();
  for (const node of nodes) {
    if (node.kind === "home") positions.set(node.key, { x: 0, y: 0 });
    else if (node.kind !== "leader") {
      const ring = ringOf(node.tier);
      rings.set(ring, [...(rings.get(ring) ?? []), node]);
    }
  }
  for (const [ring, members] of rings) {
    members.sort(byRegionThenLabel);
    // Outer rings are crowded: give the ring of countries without a framework a wider radius.
    const radius = RING_RADIUS * ring + (ring > TIER_CODES.length ? RING_RADIUS * 1.2 : 0);
    const offset = ring * 0.35; // stagger rings so spokes do not line up
    members.forEach((node, i) => {
      const angle = offset + (2 * Math.PI * i) / members.length;
      positions.set(node.key, {
        x: Math.round(radius * Math.cos(angle)),
        y: Math.round(radius * Math.sin(angle)),
      });
    });
  }
  placeLeaders(nodes, positions, (p) => {
    const length = Math.hypot(p.x, p.y) || 1;
    return { x: p.x + (p.x / length) * 30, y: p.y + (p.y / length) * 30 };
  });
  return positions;
}

/** Equirectangular projection of each partner's lat/lon; organisations without a place sit at theirs. */
export function geoLayout(nodes: readonly LayoutNode[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    if (node.kind === "leader") continue;
    const lat = node.kind === "home" ? 16.0 : (node.lat ?? 0);
    const lon = node.kind === "home" ? 107.8 : (node.lon ?? 0);
    positions.set(node.key, { x: Math.round(lon * 6), y: Math.round(-lat * 6) });
  }
  placeLeaders(nodes, positions, (p) => ({ x: p.x, y: p.y - 18 }));
  return positions;
}

export function layoutPositions(
  layout: "rings" | "geo" | "force",
  nodes: readonly LayoutNode[],
): Map<string, Point> {
  // The force layout runs in the browser; static images fall back to tier rings for it.
  return layout === "geo" ? geoLayout(nodes) : ringsLayout(nodes);
}
