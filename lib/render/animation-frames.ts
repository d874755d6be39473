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

/** A frame's caption: at most `max` partners' steps, then how many more changed that day. */
export function frameCaption(changes: readonly string[], max = 2): string {
  const shown = changes.slice(0, max).join("; ");
  return changes.length > max ? `${shown} (+${changes.length - max})` : shown;
}
