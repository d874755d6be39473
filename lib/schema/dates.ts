/** The earliest date the contract accepts: the founding of the Democratic Republic of Vietnam. */
export const EARLIEST_DATE = "1945-09-02";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, each part a real one (a month 01–12, a day of that month). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL.test(value)) return false;
  if (value.length === 10) return isCalendarDay(value);
  if (value.length === 7) {
    const month = Number(value.slice(5, 7));
    return month >= 1 && month <= 12;
  }
  return true;
}

/** A real calendar day: rejects 2024-02-30 as well as malformed strings. */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in Vietnam (UTC+7, no daylight saving): the network's own calendar. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export type DatePrecision = "day" | "month" | "year";

export function precisionOf(partial: string): DatePrecision {
  return partial.length === 10 ? "day" : partial.length === 7 ? "month" : "year";
}

/**
 * The day from which a partially dated fact is certainly in force: the last day of its period.
 * "2010-04" counts from 2010-04-30, "2007" from 2007-12-31.
 */
export function effectiveDay(partial: string): string {
  if (partial.length === 10) return partial;
  const year = Number(partial.slice(0, 4));
  const month = partial.length === 7 ? Number(partial.slice(5, 7)) : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${partial.slice(0, 4)}-${String(month).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
}

/** The first day of a partially dated period, for range overlap checks. */
export function firstDay(partial: string): string {
  if (partial.length === 10) return partial;
  return partial.length === 7 ? `${partial}-01` : `${partial}-01-01`;
}

/** The same day `years` later (earlier when negative), kept within [min, max]; 29 February becomes the 28th. */
export function shiftYears(day: string, years: number, min: string, max: string): string {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(5);
  const candidate = `${String(year).padStart(4, "0")}-${monthDay}`;
  const shifted = isCalendarDay(candidate) ? candidate : `${String(year).padStart(4, "0")}-02-28`;
  return shifted < min ? min : shifted > max ? max : shifted;
}
