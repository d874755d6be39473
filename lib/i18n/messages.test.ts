import { createTranslator, type IntlError } from "use-intl/core";
import { describe, expect, it } from "vitest";
import {
  CATALOGUES,
  formatDataValue,
  formatDate,
  formatNumber,
  formatRelationsDate,
  regionName,
  tierName,
  translator,
} from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every message path of a catalogue: "tagline", "tierNames.special", … */
function paths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : paths(value, `${prefix}${key}.`),
  );
}

describe("message catalogue", () => {
  const enPaths = paths(CATALOGUES.en as Tree);

  it("has every English message translated into Vietnamese, none empty or left in English by mistake", () => {
    expect(paths(CATALOGUES.vi as Tree).sort()).toEqual([...enPaths].sort());
    const errors: IntlError[] = [];
    const vi = createTranslator({ locale: "vi", messages: CATALOGUES.vi, onError: (e) => errors.push(e) });
    const en = translator("en");
    const sameOnPurpose = new Set(["appName"]);
    const values = {
      count: 2,
      organisations: 1,
      date: "2024-03-10",
      parts: "2 strategic partners",
      names: "European Union",
      min: "1945-09-02",
      max: "2024-03-10",
      tier: "tier",
      version: "2026.12.03",
      a: "10 March 2024",
      b: "10 March 2025",
      kind: "corrected",
      from: "1990-01-01",
      to: "2024-03-10",
      periods: 3,
      release: "2026.12.03",
      label: "2023",
      site: "https://bamboo.test",
      width: 800,
      added: 1,
      corrected: 2,
      removed: 0,
      partners: 196,
      leaders: 88,
      events: 72,
      totals: 38,
      fact: "event",
      role: "Prime Minister",
      about: "date of strategic partnership",
      ordinal: 2,
      name: "Japan",
      steps: 3,
      height: 600,
      n: (chunks: unknown) => String(chunks),
    };
    expect(enPaths.length).toBeGreaterThan(50);
    const render = (t: typeof en, path: string) =>
      String((t.markup as (key: string, v: typeof values) => string)(path, values));
    // The translator reports a missing or malformed ICU message through onError.
    expect(enPaths.filter((path) => render(vi, path).trim() === "")).toEqual([]);
    const untranslated = enPaths.filter(
      (path) =>
        !sameOnPurpose.has(path) && !path.startsWith("regions.") && render(vi, path) === render(en, path),
    );
    expect(untranslated).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it("pluralises and interpolates in both languages", () => {
    expect(translator("en")("results", { count: 1, organisations: 0 })).toBe("1 country shown");
    expect(translator("en")("results", { count: 12, organisations: 1 })).toBe(
      "12 countries and 1 organisation shown",
    );
    expect(translator("vi")("results", { count: 12, organisations: 0 })).toBe("12 quốc gia được hiển thị");
    expect(translator("vi")("tierPartners.strategic", { count: 3 })).toBe("3 đối tác chiến lược");
  });

  it("names tiers as Vietnam officially words them, and regions", () => {
    expect(tierName("vi", "comprehensive-strategic")).toBe("Đối tác Chiến lược Toàn diện");
    expect(tierName("vi", null)).toBe("Chưa có khuôn khổ đối tác");
    expect(regionName("vi", "Asia")).toBe("Châu Á");
    expect(regionName("en", "Antarctica")).toBe("Antarctica");
  });

  it("formats dates as precisely as the source, per language", () => {
    expect(formatDate("2024-03-07", "en")).toBe("7 March 2024");
    expect(formatDate("2009-09", "en")).toBe("September 2009");
    expect(formatDate("2007", "en")).toBe("2007");
    expect(formatDate("2007", "vi")).toBe("năm 2007");
    expect(formatDate("2008-05", "vi")).toBe("tháng 5 năm 2008");
    expect(formatDate("2024-03-07", "vi")).toMatch(/7 tháng 3, 2024|07\/03\/2024|7 tháng 3 năm 2024/);
  });

  it("says when relations are known only from later evidence", () => {
    expect(formatRelationsDate("1973-04", null, "en")).toBe("April 1973");
    expect(formatRelationsDate(null, "2019-08-12", "en")).toBe("by 12 August 2019");
    expect(formatRelationsDate(null, "2019", "vi")).toBe("không muộn hơn năm 2019");
    expect(formatRelationsDate(null, null, "en")).toBe("—");
  });

  it("writes decimals as each language does", () => {
    expect(formatNumber(35.6, "vi")).toBe("35,6");
    expect(formatNumber(35.6, "en")).toBe("35.6");
    expect(translator("vi")("yearsAfter", { count: 35.6 })).toBe("+35,6 năm");
    expect(translator("en")("yearsAfter", { count: 35.6 })).toBe("+35.6 years");
  });

  it("writes a source's value as a date in the reader's language when it is one", () => {
    expect(formatDataValue("1973-02-11", "en")).toBe("11 February 1973");
    expect(formatDataValue("2008-05", "vi")).toBe("tháng 5 năm 2008");
    expect(formatDataValue("strategic partnership", "vi")).toBe("strategic partnership");
  });
});
