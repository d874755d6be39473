/** Vietnam's centre (Hanoi is further north, but the country's middle reads better as "here"). */
export const HOME_LAT = 16.0;
export const HOME_LON = 107.8;

/** Initial great-circle bearing from Vietnam to a place, radians clockwise from north: "which way it lies". */
export function bearingFromVietnam(lat: number, lon: number): number {
  const toRad = Math.PI / 180;
  const φ1 = HOME_LAT * toRad;
  const φ2 = lat * toRad;
  const Δλ = (lon - HOME_LON) * toRad;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const θ = Math.atan2(y, x);
  return θ < 0 ? θ + 2 * Math.PI : θ;
}

/**
 * Spreads targets (sorted, radians) over [start, end] so neighbours keep at least `gap` apart while each stays
 * as near its target as the crowd allows: partners sit in the direction their country lies, and a partner
 * that moves up a ring keeps its bearing.
 */
export function spreadAngles(targets: readonly number[], start: number, end: number, gap: number): number[] {
  const n = targets.length;
  if (n === 0) return [];
  const out = targets.map((t) => Math.min(Math.max(t, start + gap / 2), end - gap / 2));
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i] ?? 0, (out[i - 1] ?? 0) + gap);
  const last = end - gap / 2;
  if ((out[n - 1] ?? 0) > last) {
    out[n - 1] = last;
    for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i] ?? 0, (out[i + 1] ?? 0) - gap);
  }
  return out;
}

/** A stretch of a ring, in radians (start < end), where marks may sit. */
export interface Arc {
  start: number;
  end: number;
}

/**
 * spreadAngles over several arcs of one ring (the ring less the stretches its captions lie on): the arcs are laid
 * end to end, so a crowd spreads across a gap instead of into it, and a target inside a gap goes to its nearer
 * edge. Targets are radians in [arcs[0].start, arcs[0].start + 2π); the result is in the input's order.
 */
export function spreadOverArcs(targets: readonly number[], arcs: readonly Arc[], gap: number): number[] {
  const offsets: number[] = [];
  let length = 0;
  for (const arc of arcs) {
    offsets.push(length);
    length += arc.end - arc.start;
  }
  const along = (t: number): number => {
    let best = { u: 0, miss: Infinity };
    // The gap before the first arc is also the gap after the last: a target there is compared both ways round.
    for (const turn of [t, t - 2 * Math.PI])
      arcs.forEach((arc, i) => {
        const clamped = Math.min(Math.max(turn, arc.start), arc.end);
        const miss = Math.abs(turn - clamped);
        if (miss < best.miss) best = { u: (offsets[i] ?? 0) + clamped - arc.start, miss };
      });
    return best.u;
  };
  const back = (u: number): number => {
    for (let i = arcs.length - 1; i >= 0; i--) {
      const arc = arcs[i];
      const offset = offsets[i] ?? 0;
      if (arc && u >= offset) return arc.start + Math.min(u - offset, arc.end - arc.start);
    }
    return arcs[0]?.start ?? 0;
  };
  const order = targets.map((t, i) => ({ u: along(t), i })).sort((a, b) => a.u - b.u || a.i - b.i);
  const spread = spreadAngles(
    order.map((o) => o.u),
    0,
    length,
    gap,
  );
  const out = new Array<number>(targets.length).fill(0);
  order.forEach((o, j) => (out[o.i] = back(spread[j] ?? 0)));
  return out;
}
