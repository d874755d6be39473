/** One picture of an animation: the day it shows and whether something changed on it. */
export interface AnimationFrame {
  day: string;
  change: boolean;
}

/**
 * The days an animation from `from` to `to` shows: every day a tier changed, the first day of each year
 * in which nothing changed (so time visibly passes), and both ends.
 */
export function planFrames(changeDays: readonly string[], from: string, to: string): AnimationFrame[] {
  const changes = new Set(changeDays.filter((d) => d >= from && d <= to));
  const yearsWithChange = new Set([...changes].map((d) => d.slice(0, 4)));
  const days = new Set<string>([from, to, ...changes]);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const y = String(year).padStart(4, "0");
    if (yearsWithChange.has(y)) continue;
    const start = `${y}-01-01`;
    days.add(start < from ? from : start);
  }
  return [...days].sort().map((day) => ({ day, change: changes.has(day) }));
}

/** How long a frame stays (ms) when the history is short enough: a change is read, a quiet year passes, the end holds. */
export const FRAME_DELAY = { change: 1600, quiet: 400, last: 3000 } as const;

/**
 * The longest a whole history plays at pace 1 (ms): a lesson spares under a minute for it, so from 1990 to
 * today the changes share this time; `pace` stretches it for a class that needs longer.
 */
export const HISTORY_BUDGET_MS = 45_000;

/** Browsers play a GIF frame shorter than 20 ms at 100 ms, and a GIF counts in hundredths of a second. */
const MIN_DELAY = 20;
const TICK = 10;

/**
 * Each frame's delay (ms, whole hundredths of a second): FRAME_DELAY when the span fits the budget; else the
 * change and quiet frames shrink alike so that the whole plays in at most `HISTORY_BUDGET_MS` (the last frame
 * keeps its hold). Then every delay is stretched by `pace` (2: twice as long, half as fast).
 */
export function frameDelays(frames: readonly AnimationFrame[], pace = 1): number[] {
  const natural = frames.map((f, i) =>
    i === frames.length - 1 ? FRAME_DELAY.last : f.change ? FRAME_DELAY.change : FRAME_DELAY.quiet,
  );
  const moving = natural.slice(0, -1).reduce((sum, d) => sum + d, 0);
  const room = HISTORY_BUDGET_MS - FRAME_DELAY.last;
  const shrink = moving > room ? room / moving : 1;
  const ticks = (ms: number) => Math.max(MIN_DELAY, Math.floor(ms / TICK) * TICK);
  return natural.map((d, i) => ticks(ticks(i === natural.length - 1 ? d : d * shrink) * pace));
}

/** A frame's caption lines: at most `max` partners' steps, the last line saying how many more changed that day. */
export function frameCaptionLines(changes: readonly string[], max = 2): string[] {
  if (changes.length <= max) return [...changes];
  const shown = changes.slice(0, max);
  const last = shown.length - 1;
  return shown.map((line, i) => (i === last ? `${line} (+${changes.length - max})` : line));
}
