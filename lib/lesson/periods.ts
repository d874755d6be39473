import type { ChangeRow } from "@/lib/views/changes";

/** A stretch of years a deck gives one slide: its first and last day (inside the deck's span) and its changes. */
export interface LessonPeriod {
  from: string;
  to: string;
  /** "2023", or "1991–1999". */
  label: string;
  changes: ChangeRow[];
}

/**
 * The most period slides a deck has: with the title and both ends that is a dozen slides, about one PNG
 * rendered per slide, so the whole history comes out in a few seconds and fits a lesson.
 */
export const MAX_PERIODS = 8;

interface YearGroup {
  first: number;
  last: number;
  changes: ChangeRow[];
}

/**
 * The changes grouped into at most `max` periods of whole years: each year with a change is a period, then
 * the two neighbouring periods with the fewest changes between them merge until `max` remain (the earlier
 * pair on a tie), so busy years keep a slide of their own and quiet decades share one.
 */
export function lessonPeriods(
  rows: readonly ChangeRow[],
  span: { from: string; to: string },
  max = MAX_PERIODS,
): LessonPeriod[] {
  const groups: YearGroup[] = [];
  for (const row of rows) {
    const year = Number(row.effectiveFrom.slice(0, 4));
    const last = groups.at(-1);
    if (last && last.last === year) last.changes.push(row);
    else groups.push({ first: year, last: year, changes: [row] });
  }
  while (groups.length > Math.max(1, max)) {
    let best = 0;
    for (let i = 1; i < groups.length - 1; i++) {
      const size = (g: number) => (groups[g]?.changes.length ?? 0) + (groups[g + 1]?.changes.length ?? 0);
      if (size(i) < size(best)) best = i;
    }
    const [a, b] = groups.splice(best, 2);
    if (a && b)
      groups.splice(best, 0, { first: a.first, last: b.last, changes: [...a.changes, ...b.changes] });
  }
  const year = (y: number) => String(y).padStart(4, "0");
  return groups.map((g) => {
    const from = `${year(g.first)}-01-01`;
    const to = `${year(g.last)}-12-31`;
    return {
      from: from < span.from ? span.from : from,
      to: to > span.to ? span.to : to,
      label: g.first === g.last ? year(g.first) : `${year(g.first)}–${year(g.last)}`,
      changes: g.changes,
    };
  });
}
