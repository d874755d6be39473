import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate";
import { buildNetwork } from "@/lib/graph/network";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { allCountryDetails } from "./country-details";
import { getComparePayload, laddersOf } from "./payload";
import { getNetwork } from "@/lib/graph";
import { rowsAsOf, tierCounts } from "./explorer";
import { compareDates, countsAt, groupChanges, ladderOf, ladders, tierSeries } from "./compare";

function setup() {
  const f = fixtureData();
  const cite = [{ source: "news-1", quote: "They upgraded ties." }];
  // A country that skips the strategic rung, as the United States did in 2023.
  f.relationships.US = {
    key: "US",
    kind: "country",
    name: "United States",
    nameVi: "Hoa Kỳ",
    region: "Americas",
    lat: 38,
    lon: -97,
    relations: { date: "1995-07-12", citations: cite },
    tiers: [
      {
        tier: "comprehensive",
        date: "2013-07-25",
        officialName: null,
        leaders: [],
        event: null,
        citations: cite,
      },
      {
        tier: "comprehensive-strategic",
        date: "2023-09-10",
        officialName: null,
        leaders: [],
        event: null,
        citations: cite,
      },
    ],
  };
  const { dataset, problems } = validateDataset(toRawFiles(f), "2026-11-23");
  if (!dataset) throw new Error(JSON.stringify(problems));
  const network = buildNetwork(dataset);
  return { partners: network.partners, ladders: laddersOf(Object.fromEntries(allCountryDetails(dataset))) };
}

describe("compareDates", () => {
  const { partners, ladders } = setup();
  it("lists tier changes after a and up to b, with the tier left behind", () => {
    const diff = compareDates(partners, ladders, "2023-01-01", "2024-12-31");
    expect(diff.changes.map((c) => [c.key, c.from, c.to, c.date])).toEqual([
      ["US", "comprehensive", "comprehensive-strategic", "2023-09-10"],
    ]);
    expect(diff.countsA).toMatchObject({
      comprehensive: 1,
      strategic: 1,
      "comprehensive-strategic": 0,
      none: 1,
    });
    expect(diff.countsB).toMatchObject({
      comprehensive: 0,
      strategic: 1,
      "comprehensive-strategic": 1,
      none: 1,
    });
  });
  it("lists new diplomatic relations in the window and excludes the end of day a itself", () => {
    expect(
      compareDates(partners, ladders, "1995-01-01", "1995-12-31").newRelations.map((r) => r.key),
    ).toEqual(["US"]);
    expect(compareDates(partners, ladders, "1995-07-12", "1995-12-31").newRelations).toEqual([]);
  });
  it("does not call evidence of relations (credentials, a visit) a new relation, nor time a climb from it", () => {
    const evidenceOnly = partners.map((p) =>
      p.key === "US" ? { ...p, relationsDate: null, relationsExistedBy: "1995-07-12" } : p,
    );
    expect(compareDates(evidenceOnly, ladders, "1995-01-01", "1995-12-31").newRelations).toEqual([]);
    const ladder = ladderOf(
      evidenceOnly.find((p) => p.key === "US")!,
      "2026-01-01",
    );
    expect(ladder.rungs[0]?.yearsFromPrevious).toBeNull();
    expect(ladder.yearsToTop).toBeNull();
  });
  it("narrows by tier at either date", () => {
    const diff = compareDates(partners, ladders, "2000-01-01", "2024-12-31", ["strategic"]);
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(diff.changes.every((c) => c.key === "AU")).toBe(true);
  });
});

describe("ladders", () => {
  const { partners } = setup();
  const us = partners.find((p) => p.key === "US")!;
  it("shows a skipped rung and the years between steps", () => {
    const ladder = ladderOf(us, "2026-01-01");
    expect(ladder.rungs.map((r) => [r.tier, r.status])).toEqual([
      ["comprehensive", "reached"],
      ["strategic", "skipped"],
      ["comprehensive-strategic", "reached"],
    ]);
    expect(ladder.rungs[0]?.yearsFromPrevious).toBe(18);
    expect(ladder.rungs[2]?.yearsFromPrevious).toBe(10.1);
    expect(ladder.yearsToTop).toBe(28.2);
  });
  it("marks rungs above the current tier as not reached, and leaves out partners without a framework", () => {
    expect(ladderOf(us, "2020-01-01").rungs.map((r) => r.status)).toEqual([
      "reached",
      "not-reached",
      "not-reached",
    ]);
    expect(
      ladders(partners, "2026-01-01")
        .map((l) => l.key)
        .sort(),
    ).toEqual(["AU", "US"]); // FR has none
  });
});

describe("tierSeries", () => {
  const { partners, ladders } = setup();
  it("has a point at every change day with the counts of that day", () => {
    const series = tierSeries(partners, ladders);
    expect(series.map((p) => p.day)).toEqual(["2009-12-31", "2012-05-02", "2013-07-25", "2023-09-10"]);
    for (const point of series) expect(point.counts).toEqual(countsAt(partners, point.day));
  });
});

describe("groupChanges", () => {
  const { partners, ladders } = setup();
  it("sorts each change into first framework, rise or fall, keeping date order", () => {
    const all = compareDates(partners, ladders, "1945-09-02", "2026-01-01").changes;
    const groups = groupChanges(all);
    expect(groups.first.length).toBeGreaterThan(0);
    expect(groups.first.every((c) => c.from === null)).toBe(true);
    expect(groups.up.map((c) => [c.key, c.to])).toContainEqual(["US", "comprehensive-strategic"]);
    expect(groups.down).toEqual([]);
    expect(groups.first.length + groups.up.length).toBe(all.length);
    expect(groupChanges([{ ...all[0]!, from: "strategic", to: "comprehensive" }]).down).toHaveLength(1);
    // A renamed or enhanced framework in the same tier is never called a fall.
    const renamed = groupChanges([{ ...all[0]!, from: "strategic", to: "strategic" }]);
    expect([renamed.within.length, renamed.down.length]).toEqual([1, 0]);
  });
});

describe("the European Union in a comparison", () => {
  const network = getNetwork();
  const all = getComparePayload().ladders;
  const diff = compareDates(network.partners, all, "2025-12-31", "2026-02-28");

  it("lists its 2026 step to comprehensive strategic partner", () => {
    expect(diff.changes.filter((c) => c.key === "EU").map((c) => [c.from, c.to, c.date])).toEqual([
      [null, "comprehensive-strategic", "2026-01-29"],
    ]);
  });

  it("leaves it out of the counts of countries, as official totals do, and names it to say why", () => {
    const explorerCounts = tierCounts(rowsAsOf(network.partners, "2026-02-28"));
    expect(diff.countsB).toEqual({
      ...explorerCounts,
      "comprehensive-strategic": explorerCounts["comprehensive-strategic"] - 1,
    });
    expect(rowsAsOf(network.partners, "2026-02-28").find((r) => r.key === "EU")?.tier).toBe(
      "comprehensive-strategic",
    );
    expect(diff.organisations.map((o) => o.key)).toEqual(["EU"]);
  });
});

describe("a comparison before every start of relations is dated", () => {
  const { partners, ladders } = setup();
  const undatedFrance = partners.map((p) =>
    p.key === "FR"
      ? { ...p, relationsDate: null, relationsExistedBy: "2019-08-12", relationsSince: "2019-08-12" }
      : p,
  );
  it("says how many undated countries could add to each date's count", () => {
    const diff = compareDates(undatedFrance, ladders, "2010-01-01", "2020-01-01");
    expect([diff.undatedA, diff.undatedB]).toEqual([1, 0]);
  });
});
