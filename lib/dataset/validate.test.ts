import { describe, expect, it } from "vitest";
import { fixtureData, toRawFiles, type Fixture } from "@/lib/testing/fixture";
import { readDataFiles } from "./files";
import { formatProblem, InvalidDatasetError } from "./problems";
import { validateDataset } from "./validate";

const TODAY = "2026-11-23";

function problemsOf(mutate: (f: Fixture) => void): string[] {
  const f = fixtureData();
  mutate(f);
  const result = validateDataset(toRawFiles(f), TODAY);
  expect(result.dataset).toBeNull();
  return result.problems.map(formatProblem);
}

function tierStep(f: Fixture, key: string, index: number): Record<string, unknown> {
  return (f.relationships[key]?.tiers as Record<string, unknown>[])[index] as Record<string, unknown>;
}

describe("validateDataset", () => {
  it("accepts the valid fixture", () => {
    const result = validateDataset(toRawFiles(fixtureData()), TODAY);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.relationships).toHaveLength(2);
  });

  it("needs exactly one of an establishment date or the earliest evidence of relations", () => {
    const both = problemsOf((f) => {
      (f.relationships.FR as { relations: Record<string, unknown> }).relations.existedBy = "2019";
    });
    expect(both).toEqual([
      "data/relationships/FR.json › relations: give either `date` (establishment) or `existedBy` (earliest evidence), not both or neither",
    ]);
    const evidenceInFuture = problemsOf((f) => {
      const relations = (f.relationships.FR as { relations: Record<string, unknown> }).relations;
      delete relations.date;
      relations.existedBy = "2027-01-01";
    });
    expect(evidenceInFuture).toEqual([
      expect.stringMatching(/^data\/relationships\/FR\.json › relations\.existedBy: /),
    ]);
  });

  describe("evidence from an official total (countedIn)", () => {
    const countedIn = (f: Fixture, id: string, existedBy: string) => {
      const relations = (f.relationships.FR as { relations: Record<string, unknown> }).relations;
      delete relations.date;
      Object.assign(relations, { existedBy, countedIn: id });
    };

    it("is accepted when the total counts every country not dated later", () => {
      const f = fixtureData();
      countedIn(f, "total-2013", "2013-01-01");
      expect(validateDataset(toRawFiles(f), TODAY).problems).toEqual([]);
    });

    it("is refused when the total leaves room for the country to be missing", () => {
      const problems = problemsOf((f) => {
        countedIn(f, "total-2013", "2013-01-01");
        (f.totals.totals[0] as { counts: Record<string, number> }).counts.relations = 1;
      });
      expect(problems).toEqual([
        "data/relationships/FR.json › relations.countedIn: total-2013 gives 1, but 2 countries are not dated later, so it does not show this one was counted",
      ]);
    });

    it("must name a known total of relations, on the same date", () => {
      expect(problemsOf((f) => countedIn(f, "total-1999", "2013-01-01"))).toEqual([
        'data/relationships/FR.json › relations.countedIn: unknown official total "total-1999"',
      ]);
      expect(problemsOf((f) => countedIn(f, "total-2013", "2014"))).toEqual([
        "data/relationships/FR.json › relations.existedBy: must be the date of total-2013 (2013-01-01)",
      ]);
    });
  });

  it("reports a half-written file as invalid JSON, and serves nothing", () => {
    const files = toRawFiles(fixtureData()).map((f) =>
      f.file.endsWith("AU.json") ? { ...f, text: f.text.slice(0, 40) } : f,
    );
    const result = validateDataset(files, TODAY);
    expect(result.dataset).toBeNull();
    expect(result.problems.map(formatProblem)[0]).toMatch(
      /^data\/relationships\/AU\.json › \(file\): not valid JSON/,
    );
  });

  it("lists every problem at once, each as file › path: message", () => {
    const problems = problemsOf((f) => {
      tierStep(f, "AU", 0).date = "2009-13";
      (f.sources.sources[0] as { url: string }).url = "not a url";
    });
    expect(problems).toContain(
      "data/relationships/AU.json › tiers[0].date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
    );
    expect(problems.some((p) => p.startsWith("data/sources.json › sources[0].url:"))).toBe(true);
  });

  it("reports unknown sources, leaders, events and countries", () => {
    const problems = problemsOf((f) => {
      tierStep(f, "AU", 1).citations = [{ source: "nowhere", quote: "x y z" }];
      tierStep(f, "AU", 1).leaders = ["leader:nobody"];
      tierStep(f, "AU", 1).event = "event:never";
      f.events.events[0]!.countries = ["VN", "ZZ"];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data/relationships/AU.json › tiers[1].citations[0].source: unknown source "nowhere"',
        'data/relationships/AU.json › tiers[1].leaders[0]: unknown leader "leader:nobody"',
        'data/relationships/AU.json › tiers[1].event: unknown event "event:never"',
        'data/events.json › events[0].countries[1]: unknown country "ZZ"',
      ]),
    );
  });

  it("reports duplicate ids and a key that does not match its file", () => {
    const problems = problemsOf((f) => {
      f.sources.sources.push({ ...f.sources.sources[0]! });
      f.relationships.FR = { ...f.relationships.FR, key: "AU" };
    });
    expect(problems).toContain('data/sources.json › sources[1].id: duplicate source id "news-1"');
    expect(problems).toContain('data/relationships/FR.json › key: key "AU" does not match the file name');
    expect(problems.some((p) => p.includes('duplicate relationship key "AU"'))).toBe(true);
  });

  it("reports future dates and steps out of order", () => {
    const problems = problemsOf((f) => {
      tierStep(f, "AU", 1).date = "2030-01-01";
      f.relationships.AU!.tiers = [...(f.relationships.AU!.tiers as unknown[])].reverse();
    });
    expect(problems).toContain(
      "data/relationships/AU.json › tiers[0].date: date 2030-01-01 is in the future (today is 2026-11-23)",
    );
    expect(problems.some((p) => p.includes("tiers[1].date: tier steps are out of order"))).toBe(true);
  });

  it("reports a step down without a recorded downgrade, and accepts one that is recorded", () => {
    const down = (f: Fixture) =>
      (f.relationships.AU!.tiers as unknown[]).push({
        tier: "comprehensive",
        date: "2014",
        officialName: null,
        leaders: [],
        event: null,
        citations: [{ source: "news-1", quote: "q" }],
      });
    expect(problemsOf(down)).toEqual([
      'data/relationships/AU.json › tiers[2].tier: steps down to "comprehensive" without a recorded downgrade ("downgrade": true)',
    ]);
    const f = fixtureData();
    down(f);
    tierStep(f, "AU", 2).downgrade = true;
    expect(validateDataset(toRawFiles(f), TODAY).problems).toEqual([]);
  });

  it("reports empty and over-long quotes", () => {
    const problems = problemsOf((f) => {
      tierStep(f, "AU", 0).citations = [{ source: "news-1", quote: "   " }];
      tierStep(f, "AU", 1).citations = [{ source: "news-1", quote: "x".repeat(301) }];
    });
    expect(problems).toEqual([
      "data/relationships/AU.json › tiers[0].citations[0].quote: quote is empty",
      "data/relationships/AU.json › tiers[1].citations[0].quote: quote is longer than 300 characters",
    ]);
  });

  it("reports a leader credited with a tier change outside their tenure", () => {
    const problems = problemsOf((f) => {
      f.leaders.leaders[0]!.roles[0]!.to = "2011-12-31";
    });
    expect(problems).toEqual([
      "data/relationships/AU.json › tiers[1].leaders[0]: A B is credited with a tier change on 2012-05-02, outside every recorded tenure",
    ]);
  });

  it("throws InvalidDatasetError carrying every problem", () => {
    const error = new InvalidDatasetError([{ file: "data/x.json", path: "a", message: "b" }]);
    expect(error.message).toContain("data/x.json › a: b");
    expect(error.problems).toHaveLength(1);
  });

  it("the real dataset validates", () => {
    const result = validateDataset(readDataFiles());
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
