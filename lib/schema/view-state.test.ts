import { describe, expect, it } from "vitest";
import { pictureSize } from "./presets";
import { InvalidQueryError, langFromAcceptLanguage, parseViewState, viewStateToQuery } from "./view-state";

const today = "2026-11-23";
const parse = (q: string, acceptLanguage?: string) =>
  parseViewState(new URLSearchParams(q), { today, acceptLanguage });
const issuesOf = (q: string) => {
  try {
    parse(q);
  } catch (e) {
    if (e instanceof InvalidQueryError) return e.issues;
    throw e;
  }
  return [];
};

describe("parseViewState", () => {
  it("fills defaults: today, every tier, rings, English", () => {
    expect(parse("")).toMatchObject({
      asOf: today,
      tiers: null,
      q: "",
      focus: null,
      layout: "rings",
      lang: "en",
      leaders: false,
    });
  });
  it("parses a full explorer query", () => {
    expect(
      parse("asOf=2024-03-10&tiers=special,none&q=Hàn&focus=KR&layout=geo&lang=vi&leaders=1"),
    ).toMatchObject({
      asOf: "2024-03-10",
      tiers: ["special", "none"],
      q: "Hàn",
      focus: "KR",
      layout: "geo",
      lang: "vi",
      leaders: true,
    });
  });
  it("rejects impossible, early and future dates with the parameter named", () => {
    expect(issuesOf("asOf=2024-02-30")[0]?.path).toBe("asOf");
    expect(issuesOf("asOf=1945-09-01")[0]?.message).toMatch(/1945-09-02/);
    expect(issuesOf("asOf=2026-11-24")[0]?.message).toMatch(/after today/);
    expect(issuesOf("asOf=1945-09-02")).toEqual([]);
  });
  it("says how to write a date given in another format, not that it is after today", () => {
    for (const written of ["24/12/2024", "2024-1-5", "24.12.2024"]) {
      expect(issuesOf(`asOf=${written}`)).toEqual([
        { path: "asOf", message: "must be a date: write the date as YYYY-MM-DD" },
      ]);
    }
    expect(issuesOf("b=2024-02-30")).toEqual([{ path: "b", message: "must be a real day of the calendar" }]);
  });
  it("rejects unknown tiers, repeated parameters and oversized searches", () => {
    expect(issuesOf("tiers=special,gold")[0]).toMatchObject({ path: "tiers.1" });
    expect(issuesOf("asOf=2020-01-01&asOf=2021-01-01")).toEqual([
      { path: "asOf", message: "is given more than once" },
    ]);
    expect(issuesOf(`q=${"a".repeat(101)}`)[0]?.path).toBe("q");
    expect(issuesOf("focus=<script>")[0]?.path).toBe("focus");
  });
  it("ignores unknown parameters such as tracking tags", () => {
    expect(parse("utm_source=x&fbclid=y").asOf).toBe(today);
  });
  it("the error reads as one sentence", () => {
    expect(() => parse("layout=spiral")).toThrow(
      /^Invalid query parameter "layout": must be one of rings, geo\.$/,
    );
  });
  it("sizes a picture by its preset, unless width or height say otherwise", () => {
    expect(pictureSize(parse("preset=slide"))).toEqual({ width: 1920, height: 1080 });
    expect(pictureSize(parse("preset=square"))).toEqual({ width: 1080, height: 1080 });
    expect(pictureSize(parse("preset=social&height=700"))).toEqual({ width: 1200, height: 700 });
    expect(pictureSize(parse(""))).toEqual({ width: 1200, height: 800 });
    expect(issuesOf("preset=poster")[0]?.path).toBe("preset");
  });
  it("keeps an author's title as plain text, refusing long or control-character titles", () => {
    expect(parse("title=<b>Partners</b>&subtitle=2022 vs 2025")).toMatchObject({
      title: "<b>Partners</b>",
      subtitle: "2022 vs 2025",
    });
    expect(issuesOf(`title=${"a".repeat(121)}`)[0]?.path).toBe("title");
    expect(issuesOf(`title=${"a".repeat(120)}`)).toEqual([]);
    expect(issuesOf("subtitle=one%0Atwo")[0]?.path).toBe("subtitle");
    expect(issuesOf("title=bell%07")[0]?.path).toBe("title");
  });
  it("an animation's span runs forwards", () => {
    expect(parse("from=2010-01-01&to=2025-12-31")).toMatchObject({ from: "2010-01-01", to: "2025-12-31" });
    expect(issuesOf("from=2025-01-01&to=2010-01-01")[0]?.path).toBe("from");
    expect(issuesOf("to=2010-13-01")[0]?.path).toBe("to");
  });
  it("an animation plays at pace 1 unless asked to play slower (or faster), within 0.5 to 4", () => {
    expect(parse("").pace).toBe(1);
    expect(parse("pace=2.5").pace).toBe(2.5);
    for (const bad of ["0", "5", "fast", "-1", "1e1", "2.555"])
      expect(issuesOf(`pace=${bad}`)[0]?.path, bad).toBe("pace");
  });
  it("round-trips through the URL", () => {
    const state = parse("asOf=2013-09-30&tiers=strategic,comprehensive&q=fr&focus=FR&layout=geo&lang=vi");
    expect(parse(viewStateToQuery(state).slice(1))).toEqual(state);
  });
});

describe("langFromAcceptLanguage", () => {
  it("prefers Vietnamese when asked, else English", () => {
    expect(langFromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).toBe("vi");
    expect(langFromAcceptLanguage("en-US,vi;q=0.5")).toBe("en");
    expect(langFromAcceptLanguage("fr-FR")).toBe("en");
    expect(langFromAcceptLanguage(null)).toBe("en");
    expect(parse("", "vi").lang).toBe("vi");
    expect(parse("lang=en", "vi").lang).toBe("en");
  });
});
