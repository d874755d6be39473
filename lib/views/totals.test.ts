import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { validateDataset } from "@/lib/dataset/validate";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { reconcileTotals, relationsTrack, unexplainedDifferences, type Reconciliation } from "./totals";

describe("official totals", () => {
  const reconciled = reconcileTotals(getDataset());

  it("holds at least 15 dated statements from 2009 to 2026", () => {
    const inRange = reconciled.filter((r) => r.statement.date >= "2009" && r.statement.date < "2027");
    expect(inRange.length).toBeGreaterThanOrEqual(15);
  });

  it("has statements that differ as explained, each measure pinned", () => {
    const explained = reconciled.filter((r) => r.statement.expectedMismatch !== undefined);
    expect(explained.length).toBeGreaterThan(0);
    for (const r of explained)
      expect(Object.keys(r.statement.mismatchBound ?? {}), r.statement.id).not.toEqual([]);
  });

  // Each statement is reproduced at its date, or carries a written explanation of why it is not, with the
  // size of each gap; measures inside an explained statement that match must keep matching, a gap may
  // only shrink, and an explanation on a statement that now matches fails too.
  for (const r of reconciled) {
    it(`${r.statement.id} (${r.statement.date}) ${r.statement.expectedMismatch ? "differs only as explained" : "is reproduced"}`, () => {
      expect(r.counts.length).toBeGreaterThan(0);
      expect(unexplainedDifferences(r)).toEqual([]);
    });
  }
});

describe("unexplainedDifferences", () => {
  const statement = {
    id: "total-x",
    date: "2016",
    speaker: null,
    counts: { relations: 185, strategicOrAbove: 15 },
    counting: "As stated.",
    citations: [],
    expectedMismatch: "Eighteen countries are dated only by later evidence.",
    mismatchBound: { relations: 20 },
  };
  const reconciliation = (relations: number, strategicOrAbove: number): Reconciliation => {
    const counts = [
      {
        measure: "relations" as const,
        stated: 185,
        dataset: relations,
        matches: relations === 185,
        couldAdd: 0,
      },
      {
        measure: "strategicOrAbove" as const,
        stated: 15,
        dataset: strategicOrAbove,
        matches: strategicOrAbove === 15,
        couldAdd: 0,
      },
    ];
    return {
      statement,
      day: "2016-12-31",
      counts,
      matches: counts.every((c) => c.matches),
      citations: [],
      undated: [],
    };
  };

  it("accepts a gap within its bound while the other measures match", () => {
    expect(unexplainedDifferences(reconciliation(165, 15))).toEqual([]);
    expect(unexplainedDifferences(reconciliation(180, 15))).toEqual([]);
  });

  it("fails when a matching measure inside an explained statement drifts", () => {
    expect(unexplainedDifferences(reconciliation(165, 14))).toEqual([
      "strategicOrAbove: stated 15, dataset 14, but no mismatch is allowed for it",
    ]);
  });

  it("fails when a gap grows past its bound, or closes while its bound stays", () => {
    expect(unexplainedDifferences(reconciliation(164, 15))).toEqual([
      "relations: stated 185, dataset 164: the gap of 21 is larger than its bound of 20",
    ]);
    expect(unexplainedDifferences(reconciliation(185, 15))).toEqual([
      "relations: stated 185, dataset 185: matches now, so drop its mismatchBound",
      "matches now, so drop its expectedMismatch",
    ]);
  });

  it("allows no gap at all in a statement without an explanation", () => {
    const plain = { ...statement, expectedMismatch: undefined, mismatchBound: undefined };
    const r = { ...reconciliation(184, 15), statement: plain };
    expect(unexplainedDifferences(r)).toEqual([
      "relations: stated 185, dataset 184, but no mismatch is allowed for it",
    ]);
  });
});

describe("relationsTrack", () => {
  const reconciliation = (stated: number, dataset: number): Reconciliation => ({
    statement: {
      id: "total-x",
      date: "2016",
      speaker: null,
      counts: { relations: stated, strategic: 3 },
      counting: "As stated.",
      citations: [],
    },
    day: "2016-12-31",
    counts: [
      { measure: "relations", stated, dataset, matches: stated === dataset, couldAdd: 0 },
      { measure: "strategic", stated: 3, dataset: 3, matches: true, couldAdd: 0 },
    ],
    matches: stated === dataset,
    citations: [],
    undated: [],
  });

  it("follows only counts of countries with relations, and tracks within −1…+2 of the statement", () => {
    const track = relationsTrack([185, 184, 187, 188, 183].map((counted) => reconciliation(185, counted)));
    expect(track.map((p) => [p.count.measure, p.difference, p.tracks])).toEqual([
      ["relations", 0, true],
      ["relations", -1, true],
      ["relations", 2, true],
      ["relations", 3, false],
      ["relations", -2, false],
    ]);
  });
});

describe("reconcileTotals on a day before some starts of relations are dated", () => {
  it("lists the undated countries and how many each count of countries could gain", () => {
    const f = fixtureData();
    const fr = f.relationships.FR as { relations: Record<string, unknown> };
    fr.relations = { existedBy: "2019-08-12", citations: fr.relations.citations };
    const { dataset, problems } = validateDataset(toRawFiles(f), "2026-11-23");
    if (!dataset) throw new Error(JSON.stringify(problems));
    const [statement] = reconcileTotals(dataset);
    expect(statement?.undated).toEqual([
      { key: "FR", name: "France", nameVi: "Pháp", existedBy: "2019-08-12" },
    ]);
    expect(statement?.counts.map((c) => [c.measure, c.couldAdd])).toEqual([
      ["relations", 1],
      ["strategic", 0],
    ]);
  });
});
