import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { compareDates, ladderOf } from "./compare";
import { getComparePayload } from "./payload";
import { comparisonToCsv } from "@/lib/export/compare-csv";

describe("within-tier steps are never changes of tier", () => {
  const payload = getComparePayload();

  it("compare marks China's 2023 step as within the tier, Australia's 2024 upgrade as a change", () => {
    const diff = compareDates(payload.partners, payload.ladders, "2023-01-01", "2024-12-31");
    const china = diff.changes.filter((c) => c.key === "CN");
    expect(china.map((c) => [c.from, c.to, c.withinTier])).toEqual([
      ["comprehensive-strategic", "comprehensive-strategic", true],
    ]);
    const australia = diff.changes.find((c) => c.key === "AU");
    expect(australia).toMatchObject({ from: "strategic", to: "comprehensive-strategic", withinTier: false });
    const sameTier = diff.changes.filter((c) => c.from === c.to);
    expect(sameTier.length).toBeGreaterThan(0);
    expect(sameTier.every((c) => c.withinTier)).toBe(true);
  });

  it("a ladder keeps the rung's first date and lists the step inside it", () => {
    const australia = ladderOf(getNetwork().partnerByKey.get("AU")!, "2026-11-20");
    const comprehensive = australia.rungs.find((r) => r.tier === "comprehensive");
    expect(comprehensive).toMatchObject({
      date: "2009-09-07",
      withinTier: [{ date: "2015-03-18", officialName: "Enhanced Comprehensive Partnership" }],
    });
    const china = ladderOf(getNetwork().partnerByKey.get("CN")!, "2026-11-20");
    expect(china.currentSince).toBe("2008-05");
  });
});

describe("the comparison's CSV", () => {
  it("writes China's 2023 step as a within-tier row, Australia's 2024 upgrade as a tier row", () => {
    const payload = getComparePayload();
    const csv = comparisonToCsv(
      compareDates(payload.partners, payload.ladders, "2023-01-01", "2024-12-31"),
      "en",
    );
    expect(csv).toContain('"within-tier","CN","China","comprehensive-strategic","comprehensive-strategic"');
    expect(csv).toContain('"tier","AU","Australia","strategic","comprehensive-strategic","2024-03-07"');
  });
});
