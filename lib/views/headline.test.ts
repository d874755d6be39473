import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { countsAt, organisationsAt } from "./compare";
import { rowsAsOf } from "./explorer";
import { headlineFor } from "./headline";

const day = "2026-11-20";
const rows = rowsAsOf(getNetwork().partners, day);
const partnersPerTier = countsAt(getNetwork().partners, day);
const organisations = organisationsAt(getNetwork().partners, day).length;

describe("headlines say what they count", () => {
  it("follows the tier filter: comprehensive strategic partners, organisations named apart", () => {
    expect(organisations).toBeGreaterThan(0);
    const expected = partnersPerTier["comprehensive-strategic"];
    const h = headlineFor(rows, ["comprehensive-strategic"], day, "en");
    expect(h.count).toBe(expected);
    expect(h.title).toBe(`${expected} comprehensive strategic partners as of 20 November 2026`);
    expect(h.detail).toContain("European Union");
    expect(h.detail).toContain("not counted among countries");
    const vi = headlineFor(rows, ["comprehensive-strategic"], day, "vi");
    expect(vi.title).toBe(`${expected} đối tác chiến lược toàn diện tính đến 20 tháng 11, 2026`);
  });

  it("counts countries with relations without the EU when unfiltered, then frameworks by tier", () => {
    const total = Object.values(partnersPerTier).reduce((a, b) => a + b, 0) - organisations;
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

  describe("a count that undated countries could add to says so", () => {
    const partners = [
      { kind: "country" as const, label: "A", labelVi: "A", tier: "strategic" as const },
      { kind: "country" as const, label: "B", labelVi: "B", tier: null },
    ];

    it("reads 'at least' and says how many more are undated, in English and Vietnamese", () => {
      const en = headlineFor(partners, null, "2016-08-23", "en", { undatedCount: 19 });
      expect(en.title).toBe("At least 2 countries with diplomatic relations as of 23 August 2016");
      expect(en.undatedNote).toBe("The start of relations with 19 more countries is undated.");
      expect(en.detail.startsWith(en.undatedNote ?? "-")).toBe(true);
      const vi = headlineFor(partners, null, "2016-08-23", "vi", { undatedCount: 19 });
      expect(vi.title).toBe("Ít nhất 2 quốc gia có quan hệ ngoại giao tính đến 23 tháng 8, 2016");
      expect(vi.undatedNote).toBe("Chưa rõ thời điểm thiết lập quan hệ với 19 quốc gia khác.");
    });

    it("uses the singular for one undated country", () => {
      expect(headlineFor(partners, null, "2016-08-23", "en", { undatedCount: 1 }).undatedNote).toBe(
        "The start of relations with 1 more country is undated.",
      );
    });

    it("bounds only the count of countries without a framework when filtered", () => {
      const none = headlineFor(partners, ["none"], "2016-08-23", "en", { undatedCount: 3 });
      expect(none.title).toBe("At least 1 country without a partnership framework as of 23 August 2016");
      const strategic = headlineFor(partners, ["strategic"], "2016-08-23", "en", { undatedCount: 3 });
      expect(strategic.title).toBe("1 strategic partner as of 23 August 2016");
      expect(strategic.undatedNote).toBeNull();
      expect(strategic.undatedCount).toBe(0);
    });

    it("stays a plain count when every country is dated", () => {
      const h = headlineFor(partners, null, "2016-08-23", "en", { undatedCount: 0 });
      expect(h.title).toBe("2 countries with diplomatic relations as of 23 August 2016");
      expect(h.undatedNote).toBeNull();
    });

    it("writes the date as precise as its source when given one", () => {
      expect(headlineFor(partners, null, "2007-12-31", "en", { shownDate: "2007" }).title).toBe(
        "2 countries with diplomatic relations as of 2007",
      );
    });
  });
});
