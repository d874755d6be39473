import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { reconcileTotals } from "./totals";

describe("official totals", () => {
  const reconciled = reconcileTotals(getDataset());

  it("holds at least 15 dated statements from 2009 to 2026", () => {
    const inRange = reconciled.filter((r) => r.statement.date >= "2009" && r.statement.date < "2027");
    expect(inRange.length).toBeGreaterThanOrEqual(15);
  });

  // Each statement is reproduced at its date, or carries a written explanation of why it is not; an
  // explanation on a statement that now matches fails too, so it cannot outlive the gap it explains.
  for (const r of reconciled) {
    it(`${r.statement.id} (${r.statement.date}) ${r.statement.expectedMismatch ? "differs, as explained" : "is reproduced"}`, () => {
      const summary = r.counts.map((c) => `${c.measure}: stated ${c.stated}, dataset ${c.dataset}`);
      if (r.statement.expectedMismatch) expect(r.matches, summary.join("; ")).toBe(false);
      else
        expect(
          r.counts
            .filter((c) => !c.matches)
            .map((c) => `${c.measure}: stated ${c.stated}, dataset ${c.dataset}`),
        ).toEqual([]);
    });
  }
});
