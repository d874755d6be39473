import { describe, expect, it } from "vitest";
import { getChanges } from "@/lib/views/payload";
import { lessonPeriods } from "./periods";

describe("lessonPeriods", () => {
  const rows = getChanges(null).filter((r) => r.effectiveFrom >= "1990-01-01");
  const span = { from: "1990-01-01", to: "2026-06-30" };
  const years = new Set(rows.map((r) => r.effectiveFrom.slice(0, 4)));

  it("gives each year with a change its own period when there are few enough", () => {
    const periods = lessonPeriods(rows, span, years.size);
    expect(periods.map((p) => p.label)).toEqual([...years]);
  });

  it("merges neighbouring years into at most `max` periods, keeping every change once and in order", () => {
    expect(years.size).toBeGreaterThan(8);
    const periods = lessonPeriods(rows, span, 8);
    expect(periods).toHaveLength(8);
    expect(periods.flatMap((p) => p.changes)).toEqual(rows);
    for (const [i, p] of periods.entries()) {
      expect(p.from <= p.to).toBe(true);
      for (const c of p.changes) expect(c.effectiveFrom >= p.from && c.effectiveFrom <= p.to).toBe(true);
      if (i > 0) expect(p.from > (periods[i - 1]?.to ?? "")).toBe(true);
    }
    // The ends stay inside the span asked for.
    expect((periods[0]?.from ?? "") >= span.from).toBe(true);
    expect((periods.at(-1)?.to ?? "9999") <= span.to).toBe(true);
  });
});
