import { describe, expect, it } from "vitest";
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
      /^Invalid query parameter "layout": must be one of rings, geo, force\.$/,
    );
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
