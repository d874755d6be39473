import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { graphAsOf } from "./as-of";
import { relationsCountBound, undatedCountriesAt } from "./lower-bound";
import { buildNetwork } from "./network";

/** The fixture with France's start of relations undated, known only from evidence of 12 August 2019. */
function networkWithUndatedFrance() {
  const f = fixtureData();
  const fr = f.relationships.FR as { relations: Record<string, unknown> };
  fr.relations = { existedBy: "2019-08-12", citations: fr.relations.citations };
  const { dataset, problems } = validateDataset(toRawFiles(f), "2026-11-23");
  if (!dataset) throw new Error(JSON.stringify(problems));
  return buildNetwork(dataset);
}

describe("a count of countries before an undated start of relations is a lower bound", () => {
  const net = networkWithUndatedFrance();

  it("counts a country with undated relations as one that could add, until its evidence", () => {
    expect(undatedCountriesAt(net.partners, "2019-08-11").map((p) => p.key)).toEqual(["FR"]);
    expect(relationsCountBound(net.partners, "2019-08-11")).toEqual({
      relationsCountIsLowerBound: true,
      undatedCount: 1,
    });
    expect(relationsCountBound(net.partners, "2019-08-12")).toEqual({
      relationsCountIsLowerBound: false,
      undatedCount: 0,
    });
  });

  it("is exact for a view that shows no country without a framework", () => {
    expect(relationsCountBound(net.partners, "2000-01-01", ["strategic"]).undatedCount).toBe(0);
    expect(relationsCountBound(net.partners, "2000-01-01", ["strategic", "none"]).undatedCount).toBe(1);
  });

  it("is exact when every country's start of relations is dated", () => {
    const dated = buildNetwork(validateDataset(toRawFiles(fixtureData()), "2026-11-23").dataset ?? fail());
    expect(relationsCountBound(dated.partners, "1950-01-01").relationsCountIsLowerBound).toBe(false);
  });

  it("puts the bound in the API's graph attributes", () => {
    expect(graphAsOf(net, { asOf: "2010-01-01", tiers: null }).getAttributes()).toMatchObject({
      asOf: "2010-01-01",
      relationsCountIsLowerBound: true,
      undatedCount: 1,
    });
    expect(graphAsOf(net, { asOf: "2020-01-01", tiers: null }).getAttributes()).toMatchObject({
      relationsCountIsLowerBound: false,
      undatedCount: 0,
    });
  });
});

function fail(): never {
  throw new Error("fixture invalid");
}
