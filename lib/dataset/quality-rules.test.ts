import { describe, expect, it } from "vitest";
import { fixtureData, toRawFiles, type Fixture } from "@/lib/testing/fixture";
import { formatProblem } from "./problems";
import { validateDataset } from "./validate";

const TODAY = "2026-11-23";

function problemsOf(mutate: (f: Fixture) => void): string[] {
  const f = fixtureData();
  mutate(f);
  return validateDataset(toRawFiles(f), TODAY).problems.map(formatProblem);
}

type Role = Fixture["leaders"]["leaders"][number]["roles"][number];

/** Adds a second Vietnamese leader holding one role. */
function addLeader(f: Fixture, role: Partial<Role>, country = "VN") {
  const base = f.leaders.leaders[0]!.roles[0]!;
  f.leaders.leaders.push({
    id: "leader:c-d",
    name: "C D",
    nameVi: "Xê Đê",
    country,
    roles: [{ ...base, ...role }],
  });
}

describe("no two Vietnamese leaders hold the same office on the same day", () => {
  it("reports overlapping tenures of one office", () => {
    expect(problemsOf((f) => addLeader(f, { from: "2015-06-01", to: "2020-01-01" }))).toEqual([
      'data/leaders.json › leaders[1].roles[0]: C D holds "prime-minister" at the same time as A B (leaders[0].roles[0])',
    ]);
  });

  it("treats a role without an end as held up to today", () => {
    const problems = problemsOf((f) => {
      f.leaders.leaders[0]!.roles[0]!.to = null as unknown as string;
      addLeader(f, { from: "2024-01-01", to: null as unknown as string });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/leaders\.json › leaders\[1\]\.roles\[0\]: C D holds/),
    ]);
  });

  it("accepts a handover on one day, different offices, foreign leaders and undated tenures", () => {
    expect(problemsOf((f) => addLeader(f, { from: "2015-12-31", to: null as unknown as string }))).toEqual(
      [],
    );
    expect(problemsOf((f) => addLeader(f, { role: "president", from: "2012-01-01" }))).toEqual([]);
    expect(problemsOf((f) => addLeader(f, { from: "2012-01-01" }, "AU"))).toEqual([]);
    expect(
      problemsOf((f) => addLeader(f, { from: null as unknown as string, to: null as unknown as string })),
    ).toEqual([]);
  });

  it("counts a partial date only where it is certain", () => {
    // Ends some time in 2015 and the next starts in December 2015: not certainly the same day.
    expect(
      problemsOf((f) => {
        f.leaders.leaders[0]!.roles[0]!.to = "2015";
        addLeader(f, { from: "2015-12", to: null as unknown as string });
      }),
    ).toEqual([]);
    // Starts by 31 March 2015 at the latest, while the first tenure runs to the end of 2015.
    expect(problemsOf((f) => addLeader(f, { from: "2015-03", to: null as unknown as string }))).toHaveLength(
      1,
    );
  });
});

describe("clean source addresses", () => {
  const withUrl = (url: string | null, id = "news-1") =>
    problemsOf((f) => {
      Object.assign(f.sources.sources[0]!, { url, id });
      if (id !== "news-1") {
        const json = JSON.stringify(f).replaceAll('"source":"news-1"', `"source":"${id}"`);
        Object.assign(f, JSON.parse(json) as Fixture);
      }
    });

  it("reports a host ending in a dot, a copy site and whitespace", () => {
    expect(withUrl("https://vovworld.vn./en-US/news/a.vov")).toEqual([
      'data/sources.json › sources[0].url: host "vovworld.vn." ends in a dot; cite the address without it',
    ]);
    expect(withUrl("http://www.ufabetindo.in/six-new-ambassadors-appointed-post160819.vnp")).toEqual([
      'data/sources.json › sources[0].url: host "www.ufabetindo.in" serves copies of other publications; cite the original',
    ]);
    expect(withUrl("https://wikimili.com/en/Foreign_relations_of_Cape_Verde")).toEqual([
      'data/sources.json › sources[0].url: host "wikimili.com" serves copies of other publications; cite the original',
    ]);
    expect(withUrl("https://example.org/a b")).toEqual([
      expect.stringMatching(/^data\/sources\.json › sources\[0\]\.url: /),
    ]);
    expect(withUrl("https://example.org/a%20b")).toEqual([]);
  });

  it("needs a URL unless the source is a bundled seed article", () => {
    expect(withUrl(null)).toEqual([
      'data/sources.json › sources[0].url: no URL: only a bundled seed article (id "seed-…") may go without one',
    ]);
    expect(withUrl(null, "seed-vna-interview")).toEqual([]);
  });
});

describe("officialNameVi is quoted by the step", () => {
  const withNameVi = (name: string, quote: string) =>
    problemsOf((f) => {
      const step = (f.relationships.AU!.tiers as Record<string, unknown>[])[1]!;
      step.officialNameVi = name;
      step.citations = [{ source: "news-1", quote }];
    });

  it("accepts the name in a quote whatever its case", () => {
    expect(withNameVi("Đối tác Chiến lược", "Hai nước nâng cấp quan hệ lên đối tác chiến lược.")).toEqual([]);
  });

  it("reports a name no quote contains", () => {
    expect(
      withNameVi("Đối tác Chiến lược Toàn diện", "Hai nước nâng cấp quan hệ lên đối tác chiến lược."),
    ).toEqual([
      'data/relationships/AU.json › tiers[1].officialNameVi: "Đối tác Chiến lược Toàn diện" appears in none of the step\'s citation quotes',
    ]);
  });
});

describe("official counts are evidence: stated in a quote or derived from one", () => {
  type Total = Record<string, unknown>;
  const withTotal = (change: (t: Total) => void) =>
    problemsOf((f) => change(f.totals.totals[0] as unknown as Total));

  it("accepts counts quoted as digits, number words or ordinals", () => {
    expect(withTotal(() => {})).toEqual([]);
    expect(
      withTotal((t) => {
        t.counts = { relations: 2, "comprehensive-strategic": 7 };
        t.citations = [{ source: "news-1", quote: "Australia is the seventh, among two countries." }];
      }),
    ).toEqual([]);
  });

  it("reports a count absent from every quote", () => {
    expect(withTotal((t) => (t.counts = { relations: 185, strategic: 1 }))).toEqual([
      "data/totals.json › totals[0].counts.relations: 185 appears in none of the statement's quotes (as digits, a number word or an ordinal); quote it or give derivation.relations",
    ]);
  });

  it("accepts a derivation that arrives at the count, and reports one that does not", () => {
    const derive = (sentence: string) =>
      withTotal((t) => {
        t.counts = { relations: 3, strategic: 1 };
        t.derivation = { relations: sentence };
      });
    expect(derive("The 2 countries quoted, plus Korea that day: 2 + 1 = 3.")).toEqual([]);
    expect(derive("The two countries quoted, plus Korea that day.")).toEqual([
      "data/totals.json › totals[0].derivation.relations: does not arrive at 3: state the result of the arithmetic",
    ]);
  });

  it("keeps derivations and mismatch bounds to measures the statement counts", () => {
    expect(
      withTotal((t) => {
        t.derivation = { special: "1 + 1 = 2." };
        t.expectedMismatch = "Counts differently.";
        t.mismatchBound = { frameworks: 1 };
      }),
    ).toEqual([
      "data/totals.json › totals[0].derivation.special: the statement does not count special",
      "data/totals.json › totals[0].mismatchBound.frameworks: the statement does not count frameworks",
    ]);
  });

  it("bounds a mismatch only where one is explained", () => {
    expect(withTotal((t) => (t.mismatchBound = { relations: 1 }))).toEqual([
      "data/totals.json › totals[0].mismatchBound: only a statement with an expectedMismatch may bound a mismatch",
    ]);
  });
});

describe("an encyclopedia is a last resort", () => {
  const wikipedia = (url: string, kind?: "encyclopedia") => ({
    id: "wiki-1",
    url,
    publisher: "Wikipedia",
    title: null,
    published: "2020-01-01",
    ...(kind ? { kind } : {}),
  });
  type Relations = { date: string; citations: { source: string; quote: string }[] };
  const australia = (f: Fixture) => f.relationships.AU as unknown as { relations: Relations };

  it("accepts the real English or Vietnamese Wikipedia as the only citation of a fact", () => {
    expect(
      problemsOf((f) => {
        f.sources.sources.push(wikipedia("https://vi.wikipedia.org/wiki/Quan_h%E1%BB%87", "encyclopedia"));
        f.relationships.AU!.relations = {
          date: "1973-02-26",
          citations: [{ source: "wiki-1", quote: "1973." }],
        };
      }),
    ).toEqual([]);
  });

  it("refuses an encyclopedia citation for a fact that also has a primary or news citation", () => {
    expect(
      problemsOf((f) => {
        f.sources.sources.push(wikipedia("https://en.wikipedia.org/wiki/Australia", "encyclopedia"));
        const relations = australia(f).relations;
        // The fixture shares one citation list between facts: give this fact its own.
        relations.citations = [...relations.citations, { source: "wiki-1", quote: "1973." }];
      }),
    ).toEqual([
      'data/relationships/AU.json › relations.citations[1].source: cites the encyclopedia "wiki-1" although the same fact has a primary or news citation ("news-1"): drop the encyclopedia',
    ]);
  });

  it("refuses a mirror or another Wikipedia as an encyclopedia, and a Wikipedia article without its kind", () => {
    expect(
      problemsOf((f) =>
        f.sources.sources.push(wikipedia("https://encyclopedia.example.org/Australia", "encyclopedia")),
      ),
    ).toEqual([
      "data/sources.json › sources[1].url: an encyclopedia source must be the real en.wikipedia.org or vi.wikipedia.org article",
    ]);
    expect(
      problemsOf((f) => f.sources.sources.push(wikipedia("https://zh.wikipedia.org/wiki/X", "encyclopedia"))),
    ).toHaveLength(1);
    expect(
      problemsOf((f) => f.sources.sources.push(wikipedia("https://en.wikipedia.org/wiki/Australia"))),
    ).toEqual([
      'data/sources.json › sources[1].kind: a Wikipedia article is an encyclopedia: give it "kind": "encyclopedia"',
    ]);
  });
});

describe("a disagreement's used value is the one the data uses", () => {
  const asAustralia = (f: Fixture) => f.relationships.AU as unknown as { disagreements: unknown[] };
  const disagreement = (used: string) => ({
    about: "date diplomatic relations were established",
    used,
    alternatives: [
      { value: "1973-02-20", citations: [{ source: "news-1", quote: "They agreed to upgrade ties." }] },
    ],
    reason: "Sources differ.",
    aboutVi: "ngày thiết lập quan hệ ngoại giao",
    reasonVi: "Các nguồn khác nhau.",
  });

  it("accepts a used date that the relationship's data uses", () => {
    expect(problemsOf((f) => (asAustralia(f).disagreements = [disagreement("1973-02-26")]))).toEqual([]);
    expect(problemsOf((f) => (asAustralia(f).disagreements = [disagreement("2009")]))).toEqual([]);
  });

  it("refuses a used date that no date of the relationship is", () => {
    expect(problemsOf((f) => (asAustralia(f).disagreements = [disagreement("1973-02-20")]))).toEqual([
      expect.stringMatching(
        /^data\/relationships\/AU\.json › disagreements\[0\]\.used: says the data uses 1973-02-20, but no date in this file is 1973-02-20/,
      ),
    ]);
  });

  it("refuses a disagreement without its Vietnamese", () => {
    const english = { ...disagreement("1973-02-26"), aboutVi: undefined, reasonVi: undefined };
    expect(problemsOf((f) => (asAustralia(f).disagreements = [english]))).toEqual([
      expect.stringMatching(/^data\/relationships\/AU\.json › disagreements\[0\]\.aboutVi: is missing/),
      expect.stringMatching(/^data\/relationships\/AU\.json › disagreements\[0\]\.reasonVi: is missing/),
    ]);
  });
});
