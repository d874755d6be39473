/** Steps a value axis may count in: whatever the data, its ticks are round numbers. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500] as const;

/**
 * Round ticks from 0 to at least `max`, at most `most` + 1 of them: 0, 5, 10, 15 for a largest count of 14;
 * the axis then runs to the last tick, so no line ends above it.
 */
export function roundTicks(max: number, most = 4): number[] {
  const step = TICK_STEPS.find((s) => Math.ceil(max / s) <= most) ?? TICK_STEPS.at(-1)!;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/**
 * Where the labels at the lines' ends go (their vertical centres): each as near its line's end as it can be
 * while every two stay at least `gap` apart and all stay within [top, bottom]. Order is kept, so a label
 * never crosses over another's line.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const last = placed.length - 1;
  if (last >= 0 && placed[last]! > bottom) placed[last] = bottom;
  for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
