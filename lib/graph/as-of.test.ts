import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { graphAsOf } from "./as-of";
import { buildNetwork } from "./network";

function network() {
  const { dataset } = validateDataset(toRawFiles(fixtureData()), "2026-11-23");
  if (!dataset) throw new Error("fixture invalid");
  return buildNetwork(dataset);
}

function networkWithEvidenceOnlyFrance() {
  const f = fixtureData();
  const fr = f.relationships.FR as { relations: Record<string, unknown> };
  fr.relations = { existedBy: "2019-08-12", citations: fr.relations.citations };
  const { dataset, problems } = validateDataset(toRawFiles(f), "2026-11-23");
  if (!dataset) throw new Error(JSON.stringify(problems));
  return buildNetwork(dataset);
}

describe("graphAsOf", () => {
  const net = network();
  it("counts a country known only from evidence of relations from that evidence, never earlier", () => {
    const evidence = networkWithEvidenceOnlyFrance();
    expect(graphAsOf(evidence, { asOf: "2019-08-11", tiers: null }).hasNode("FR")).toBe(false);
    const g = graphAsOf(evidence, { asOf: "2019-08-12", tiers: null });
    // Not an establishment date: the contract's relationsSince stays empty.
    expect(g.getNodeAttributes("FR")).toMatchObject({
      relationsSince: null,
      relationsExistedBy: "2019-08-12",
    });
    expect(g.getNodeAttributes("AU")).toMatchObject({
      relationsSince: "1973-02-26",
      relationsExistedBy: null,
    });
  });
  it("holds only partners with relations by that day, with the tier in force", () => {
    const g = graphAsOf(net, { asOf: "1973-03-01", tiers: null });
    expect(g.hasNode("AU")).toBe(true);
    expect(g.hasNode("FR")).toBe(false); // relations dated only to April 1973: counted from 1973-04-30
    expect(g.getNodeAttributes("AU")).toMatchObject({
      kind: "country",
      tier: null,
      relationsSince: "1973-02-26",
    });
  });
  it("counts a year-only step from the end of that year, and reports its precision", () => {
    expect(graphAsOf(net, { asOf: "2009-12-30", tiers: null }).getNodeAttributes("AU")).toMatchObject({
      tier: null,
    });
    const g = graphAsOf(net, { asOf: "2009-12-31", tiers: null });
    expect(g.getNodeAttributes("AU")).toMatchObject({
      tier: "comprehensive",
      tierSince: "2009-12-31",
      tierSincePrecision: "year",
    });
  });
  it("adds leaders and their involvement edges once their tier change happened", () => {
    expect(graphAsOf(net, { asOf: "2012-05-01", tiers: null }).hasNode("leader:a-b")).toBe(true); // the visit began
    const g = graphAsOf(net, { asOf: "2012-05-02", tiers: null });
    expect(g.getNodeAttributes("leader:a-b")).toMatchObject({ kind: "leader", label: "A B", country: "VN" });
    expect(g.edges("leader:a-b", "AU").length).toBeGreaterThan(0);
    expect(g.getNodeAttributes("AU")).toMatchObject({
      tier: "strategic",
      officialName: "Strategic Partnership",
    });
  });
  it("narrows by tier without changing tiers; none selects partners without a framework", () => {
    const strategic = graphAsOf(net, { asOf: "2020-01-01", tiers: ["strategic"] });
    expect(strategic.filterNodes((_, a) => a.kind === "country")).toEqual(["AU"]);
    const none = graphAsOf(net, { asOf: "2020-01-01", tiers: ["none"] });
    expect(none.filterNodes((_, a) => a.kind === "country")).toEqual(["FR"]);
    expect(none.hasNode("leader:a-b")).toBe(false); // its only country is filtered out
  });
  it("serialises as graphology's format with VN edges carrying the tier", () => {
    const data = graphAsOf(net, { asOf: "2020-01-01", tiers: null }).export();
    expect(data.edges.find((e) => e.key === "VN->AU")?.attributes).toEqual({
      kind: "partnership",
      tier: "strategic",
    });
  });
});
