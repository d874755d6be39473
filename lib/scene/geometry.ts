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
