import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";

/** The dataset's facts changed in this round (issue 23), each pinned so a later edit cannot undo it silently. */
const dataset = getDataset();
const partner = (key: string) => {
  const found = dataset.relationships.find((r) => r.key === key);
  if (!found) throw new Error(`no relationship ${key}`);
  return found;
};

describe("data changes", () => {
  it("Japan: the disagreement over the strategic partnership's date names the date the ladder uses", () => {
    const japan = partner("JP");
    const [disagreement] = japan.disagreements ?? [];
    expect(disagreement?.used).toBe("2009-04-20");
    expect(japan.tiers.find((s) => s.tier === "strategic")?.date).toBe("2009-04-20");
  });

  it("sources: Wikipedia articles are marked as encyclopedias; no other language's Wikipedia is cited", () => {
    const wikipedia = dataset.sources.filter((s) => s.url?.includes("wikipedia.org"));
    expect(wikipedia.length).toBeGreaterThan(0);
    for (const s of wikipedia) {
      expect(s.kind, s.id).toBe("encyclopedia");
      expect(s.url, s.id).toMatch(/^https:\/\/(en|vi)\.wikipedia\.org\//);
    }
  });
});

describe("2025–2026 changes", () => {
  const steps = (key: string) => partner(key).tiers.map((s) => [s.tier, s.date, s.officialName]);
  const role = (id: string) =>
    dataset.leaders.find((l) => l.id === id)?.roles.find((r) => r.role === "prime-minister");

  it("Le Minh Hung is Prime Minister from 7 April 2026, when Pham Minh Chinh's tenure ends", () => {
    expect(role("leader:le-minh-hung")).toMatchObject({ from: "2026-04-07", to: null });
    expect(role("leader:pham-minh-chinh")).toMatchObject({ from: "2021-04-05", to: "2026-04-07" });
  });

  it("India: the Enhanced Comprehensive Strategic Partnership of May 2026, a step within the tier", () => {
    expect(steps("IN").at(-1)).toEqual([
      "comprehensive-strategic",
      "2026-05",
      "Enhanced Comprehensive Strategic Partnership",
    ]);
  });

  it("Laos: the special relationship adds 'strategic cohesion' in December 2025, a step within the tier", () => {
    const last = partner("LA").tiers.at(-1);
    expect([last?.tier, last?.date, last?.officialNameVi]).toEqual([
      "special",
      "2025-12-01",
      "Hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện, gắn kết chiến lược",
    ]);
  });

  it("the United Arab Emirates: relations from 1 August 1993", () => {
    expect(partner("AE").relations?.date).toBe("1993-08-01");
  });

  it("Brazil's comprehensive partnership is dated to the day of the talks, 29 May 2007", () => {
    expect(steps("BR")[0]?.slice(0, 2)).toEqual(["comprehensive", "2007-05-29"]);
  });
});

describe("the first quote of a step names its framework", () => {
  const firstQuote = (key: string, date: string) =>
    partner(key).tiers.find((s) => s.date === date)?.citations[0]?.quote ?? "";
  it.each([
    ["BR", "2007-05-29", /Đối tác toàn diện/],
    ["BR", "2024-11-17", /Strategic Partnership/],
    ["CH", "2025-01-21", /Comprehensive Partnership/],
    ["FR", "2013-09-25", /đối tác chiến lược/],
    ["BG", "2025-10-23", /Strategic Partnership/],
    ["CN", "2008-05", /comprehensive strategic cooperative partnership/],
  ])("%s %s", (key, date, framework) => {
    expect(firstQuote(key, date)).toMatch(framework);
  });
});

describe("quotes and addresses", () => {
  const allQuotes = JSON.stringify([dataset.relationships, dataset.events, dataset.leaders, dataset.totals]);

  it("restores the spaces the pages show between words our copies ran together", () => {
    for (const joined of [
      "bilateralrelationship",
      "hasexpanded",
      "tieswith",
      "diplomatiquesentre",
      "comprehensivepartners",
    ])
      expect(allQuotes, joined).not.toContain(joined);
  });

  it("the once bundled interview of General Secretary Nguyen Phu Trong (Tet 2024) cites VietnamPlus", () => {
    expect(dataset.sources.filter((s) => s.url === null)).toEqual([]);
    const interview = dataset.sources.find((s) => s.url?.includes("post276537"));
    expect(interview?.url).toMatch(/^https:\/\/en\.vietnamplus\.vn\//);
  });
});

describe("history", () => {
  it("Bahrain: relations from 1 April 1995 (Al Watan)", () => {
    expect(partner("BH").relations?.date).toBe("1995-04-01");
  });

  it("official numbers of countries with relations recorded from 2006 to 2023", () => {
    const relationsCounts = dataset.totals
      .filter((t) => t.counts.relations !== undefined || t.counts.relationsUnMembers !== undefined)
      .map((t) => [t.date, t.counts.relations ?? t.counts.relationsUnMembers]);
    for (const statement of [
      ["2006-04-21", 169],
      ["2006", 168],
      ["2015-08-20", 185],
      ["2016-08-29", 187],
      ["2020-12-07", 189],
      ["2022-09-02", 190],
      ["2023-01-06", 191],
    ])
      expect(relationsCounts).toContainEqual(statement);
  });
});
