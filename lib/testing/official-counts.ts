import { effectiveDay } from "@/lib/schema/dates";
import type { OfficialTotal, TotalMeasure } from "@/lib/schema/dataset";

/** One number an official statement gives, on the day it is compared at. */
export interface OfficialCount {
  statement: string;
  day: string;
  measure: TotalMeasure;
  count: number;
}

/**
 * The numbers the world states that the dataset is held to reproduce: every count of every official
 * statement, except a gap its `mismatchBound` admits (the totals test keeps the rest matching). Tests
 * expect these, rather than numbers the app computed itself.
 */
export function officialCounts(totals: readonly OfficialTotal[], measure: TotalMeasure): OfficialCount[] {
  return totals.flatMap((t) => {
    const count = t.counts[measure];
    if (count === undefined || t.mismatchBound?.[measure] !== undefined) return [];
    return [{ statement: t.id, day: effectiveDay(t.date), measure, count }];
  });
}
