import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { reconcileTotals, relationsTrack } from "./totals";

describe("the dataset tracks every official number of countries with relations before 2021", () => {
  const before2021 = relationsTrack(reconcileTotals(getDataset())).filter(
    (p) => p.reconciliation.statement.date < "2021",
  );

  it("has statements of that number to track", () => {
    expect(before2021.length).toBeGreaterThan(0);
  });

  // Within −1…+2 (statements count UN members only, or add Palestine and the Sahrawi Republic), or the
  // statement's explanation names every country whose undated start of relations could close the gap.
  for (const point of before2021) {
    const { statement, undated } = point.reconciliation;
    it(`${statement.id}: ${point.count.measure} stated ${point.count.stated}, counted ${point.count.dataset}`, () => {
      if (point.tracks) return;
      const explanation = statement.expectedMismatch ?? "";
      expect(undated.length, "a gap no undated country explains").toBeGreaterThan(0);
      expect(undated.map((c) => c.name).filter((name) => !explanation.includes(name))).toEqual([]);
    });
  }
});
