import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { graphAsOf } from "./as-of";
import { tierAt, type PartnerTimeline } from "./timeline";

function partner(key: string): PartnerTimeline {
  const found = getNetwork().partnerByKey.get(key);
  if (!found) throw new Error(`no partner ${key}`);
  return found;
}

const today = "2026-11-20";

describe("tierSince: the first day of the current tier, reached without a break", () => {
  it("keeps China's comprehensive strategic partnership dated May 2008 after the 2023 within-tier step", () => {
    const china = tierAt(partner("CN"), today);
    expect(china).toMatchObject({
      tier: "comprehensive-strategic",
      sinceDate: "2008-05",
      since: "2008-05-31",
      precision: "month",
      officialNameSinceDate: "2023-12-12",
      officialNameSincePrecision: "day",
    });
    expect(china?.officialName).toContain("Shared Future");
  });

  it("keeps Australia's comprehensive partnership dated 2009 after the 2015 enhancement", () => {
    expect(tierAt(partner("AU"), "2016-01-01")).toMatchObject({
      tier: "comprehensive",
      sinceDate: "2009-09-07",
      officialName: "Enhanced Comprehensive Partnership",
      officialNameSinceDate: "2015-03-18",
    });
  });

  it("moves with a change of tier: Australia's strategic partnership starts in 2018", () => {
    expect(tierAt(partner("AU"), "2019-01-01")).toMatchObject({ tier: "strategic", sinceDate: "2018-03-15" });
  });

  it("restarts after a break: a tier left and regained counts from its return", () => {
    const synthetic: PartnerTimeline = {
      ...partner("AU"),
      steps: (["comprehensive", "strategic", "comprehensive", "comprehensive"] as const).map((tier, i) => ({
        tier,
        date: `201${i}-01-01`,
        precision: "day",
        effective: `201${i}-01-01`,
        officialName: `Step ${i}`,
        leaders: [],
        event: null,
        withinTier: i === 3,
      })),
    };
    expect(tierAt(synthetic, "2014-01-01")).toMatchObject({
      tier: "comprehensive",
      since: "2012-01-01",
      officialNameSince: "2013-01-01",
    });
  });

  it("gives the graph's country nodes the same dates", () => {
    const graph = graphAsOf(getNetwork(), { asOf: today, tiers: null });
    expect(graph.getNodeAttributes("CN")).toMatchObject({
      tierSince: "2008-05-31",
      tierSincePrecision: "month",
      officialNameSince: "2023-12-12",
      officialNameSincePrecision: "day",
      relationsSince: "1950-01-18",
      relationsSincePrecision: "day",
    });
    const in2016 = graphAsOf(getNetwork(), { asOf: "2016-01-01", tiers: null });
    expect(in2016.getNodeAttributes("AU")).toMatchObject({ tierSince: "2009-09-07" });
  });

  it("marks within-tier steps in the timeline", () => {
    expect(partner("CN").steps.map((s) => s.withinTier)).toEqual([false, true]);
    expect(partner("AU").steps.map((s) => s.withinTier)).toEqual([false, true, false, false]);
  });
});

describe("precision travels with every date", () => {
  it("writes a year-only date as its last day and says it is known to the year (Albania's relations)", () => {
    const albania = graphAsOf(getNetwork(), { asOf: today, tiers: null }).getNodeAttributes("AL");
    expect(albania).toMatchObject({ relationsSince: "1950-12-31", relationsSincePrecision: "year" });
  });
});
