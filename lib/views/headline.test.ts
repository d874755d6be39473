import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { getNetwork } from "@/lib/graph";
import { formatDate, translator } from "@/lib/i18n/messages";
import { effectiveDay } from "@/lib/schema/dates";
import { officialCounts } from "@/lib/testing/official-counts";
import { rowsAsOf } from "./explorer";
import { headlineFor } from "./headline";

const network = getNetwork();
const totals = getDataset().totals;
const rowsOn = (day: string) => rowsAsOf(network.partners, day);
const organisationsHolding = (day: string, tier: string) =>
  rowsOn(day).filter((r) => r.kind === "organisation" && r.tier === tier).length;
/** The number, as a whole word: "195" is in "195 countries", not in "1950". */
const sayingNumber = (n: number) => new RegExp(`(?<!\\d)${n}(?!\\d)`);

describe("headlines say what official statements count", () => {
  const relations = officialCounts(totals, "relations");
  const csp = officialCounts(totals, "comprehensive-strategic");

  it("has official counts to hold the headlines to", () => {
    expect(relations.length).toBeGreaterThan(5);
    expect(csp.length).toBeGreaterThan(5);
  });

  it("counts the countries with relations an official statement gives on its day", () => {
    for (const { statement, day, count } of relations) {
      const h = headlineFor(rowsOn(day), null, day, "en");
      expect(h.count, statement).toBe(count);
      expect(h.title, statement).toMatch(sayingNumber(count));
      expect(h.title, statement).toContain(
        `countries with diplomatic relations as of ${formatDate(day, "en")}`,
      );
    }
  });

  it("counts the comprehensive strategic partners an official statement gives, organisations apart", () => {
    for (const { statement, day, count } of csp) {
      const withOrganisations = count + organisationsHolding(day, "comprehensive-strategic");
      const h = headlineFor(rowsOn(day), ["comprehensive-strategic"], day, "en");
      expect(h.count, statement).toBe(withOrganisations);
      expect(h.title, statement).toMatch(sayingNumber(withOrganisations));
      const vi = headlineFor(rowsOn(day), ["comprehensive-strategic"], day, "vi");
      expect(vi.title, statement).toMatch(sayingNumber(withOrganisations));
      expect(vi.title, statement).toContain("đối tác chiến lược toàn diện tính đến");
    }
  });

  it("gives each tier's count in its detail as statements counting every tier do", () => {
    const complete = totals.filter(
      (t) =>
        (["special", "comprehensive-strategic", "strategic", "comprehensive"] as const).every(
          (tier) => tier in t.counts,
        ) && !t.mismatchBound,
    );
    expect(complete.length).toBeGreaterThan(0);
    const t = translator("en");
    for (const statement of complete) {
      const day = effectiveDay(statement.date);
      const h = headlineFor(rowsOn(day), null, day, "en");
      for (const tier of ["special", "comprehensive-strategic", "strategic", "comprehensive"] as const) {
        const count = statement.counts[tier]! + organisationsHolding(day, tier);
        expect(h.detail, `${statement.id} ${tier}`).toContain(t(`tierPartners.${tier}`, { count }));
      }
    }
  });

  it("names an organisation among the partners of a tier and says it is not a country", () => {
    const day = "2026-11-20";
    const h = headlineFor(rowsOn(day), ["comprehensive-strategic"], day, "en");
    expect(h.detail).toContain("European Union");
    expect(h.detail).toContain("not counted among countries");
  });
});

describe("headlines in general", () => {
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
    expect([strategic.undatedNote, strategic.undatedCount]).toEqual([null, 0]);
  });

  it("stays a plain count when every country is dated", () => {
    const h = headlineFor(partners, null, "2016-08-23", "en", { undatedCount: 0 });
    expect([h.title, h.undatedNote]).toEqual([
      "2 countries with diplomatic relations as of 23 August 2016",
      null,
    ]);
  });

  it("writes the date as precise as its source when given one", () => {
    expect(headlineFor(partners, null, "2007-12-31", "en", { shownDate: "2007" }).title).toBe(
      "2 countries with diplomatic relations as of 2007",
    );
  });
});
