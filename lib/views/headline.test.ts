import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { countsAt } from "./compare";
import { rowsAsOf } from "./explorer";
import { headlineFor } from "./headline";

const day = "2026-11-20";
const rows = rowsAsOf(getNetwork().partners, day);
const countries = countsAt(getNetwork().partners, day);
const organisationsHolding = (tier: string) =>
  rows.filter((r) => r.kind === "organisation" && r.tier === tier).length;

describe("headlines say what they count", () => {
  it("follows the tier filter: comprehensive strategic partners, organisations named apart", () => {
    const expected = countries["comprehensive-strategic"] + organisationsHolding("comprehensive-strategic");
    const h = headlineFor(rows, ["comprehensive-strategic"], day, "en");
    expect(h.count).toBe(expected);
    expect(h.title).toBe(`${expected} comprehensive strategic partners as of 20 November 2026`);
    expect(h.detail).toContain("European Union");
    expect(h.detail).toContain("not counted among countries");
    const vi = headlineFor(rows, ["comprehensive-strategic"], day, "vi");
    expect(vi.title).toBe(`${expected} đối tác chiến lược toàn diện tính đến 20 tháng 11, 2026`);
  });

  it("counts countries with relations without the EU when unfiltered, then frameworks by tier", () => {
    const total = Object.values(countries).reduce((a, b) => a + b, 0);
    const h = headlineFor(rows, null, day, "en");
    expect(h.count).toBe(total);
    expect(h.title).toBe(`${total} countries with diplomatic relations as of 20 November 2026`);
    expect(h.detail).toMatch(
      /^Partners with a framework: \d+ partners with special relations, \d+ comprehensive/,
    );
  });

  it("joins several tiers and uses the singular for one", () => {
    const h = headlineFor(
      [
        { kind: "country", label: "A", labelVi: "A", tier: "strategic" },
        { kind: "country", label: "B", labelVi: "B", tier: null },
        { kind: "country", label: "C", labelVi: "C", tier: null },
      ],
      ["strategic", "none"],
      "2007-01-01",
      "en",
    );
    expect(h.title).toBe(
      "1 strategic partner and 2 countries without a partnership framework as of 1 January 2007",
    );
    expect(h.detail).toBe("");
  });
});
