import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { foldForSearch, matchesSearch, rankBySearch, SEARCH_ALIASES, searchFindsHome } from "./search";

const partners = getNetwork().partners;
/** The keys a query finds among every partner, by the fields the explorer searches. */
const find = (q: string) =>
  partners.filter((p) => matchesSearch(q, p.key, [p.label, p.labelVi])).map((p) => p.key);

describe("search", () => {
  it("finds every partner by its Vietnamese name typed without diacritics", () => {
    const vietnamese = partners.filter((p) => p.labelVi !== p.label);
    expect(vietnamese.length).toBeGreaterThan(20);
    for (const p of vietnamese) expect(find(foldForSearch(p.labelVi)), p.labelVi).toContain(p.key);
    expect(find("han quoc")).toContain("KR");
    expect(find("cong hoa sec")).toEqual(["CZ"]);
    expect(find("Cộng hòa Séc")).toEqual(["CZ"]);
  });

  it("finds Vietnam itself for its own names, and ranks a partner's name above its partnership's name", () => {
    for (const q of ["viet", "Việt Nam", "vietnam", "viet nam"]) expect(searchFindsHome(q), q).toBe(true);
    for (const q of ["china", "v", "nam"]) expect(searchFindsHome(q), q).toBe(false);
    // China's partnership is officially named "Vietnam-China …": found, but after names that start so.
    const byOfficialName = rankBySearch(
      "viet",
      [
        { key: "CN", names: ["China", "Trung Quốc"], official: "Vietnam-China Community" },
        { key: "XX", names: ["Vietland", "Việt Lan"], official: null },
      ],
      (p) => p.names,
      (p) => [p.official],
    ).map((p) => p.key);
    expect(byOfficialName).toEqual(["XX", "CN"]);
  });

  it("ignores case and Vietnamese diacritics, including đ", () => {
    expect(foldForSearch("Hàn Quốc")).toBe("han quoc");
    expect(foldForSearch("Đức")).toBe("duc");
    expect(matchesSearch("Han Quoc", "KR", ["South Korea", "Hàn Quốc"])).toBe(true);
    expect(matchesSearch("nhật", "JP", ["Japan", "Nhật Bản"])).toBe(true);
    expect(matchesSearch("korea", "JP", ["Japan", "Nhật Bản"])).toBe(false);
  });

  it("finds a country by the everyday names people type, in both languages", () => {
    for (const [query, key] of [
      ["Mỹ", "US"],
      ["my", "US"],
      ["Hoa Kỳ", "US"],
      ["USA", "US"],
      ["America", "US"],
      ["Anh", "GB"],
      ["UK", "GB"],
      ["Britain", "GB"],
      ["Hàn", "KR"],
      ["Korea", "KR"],
      ["South Korea", "KR"],
      ["Triều Tiên", "KP"],
      ["North Korea", "KP"],
      ["Nga", "RU"],
      ["Trung Quốc", "CN"],
      ["Trung", "CN"],
      ["Nhật", "JP"],
      ["Úc", "AU"],
      ["UAE", "AE"],
    ] as const)
      expect(find(query), query).toContain(key);
  });

  it("does not drown an alias in names that merely contain its letters", () => {
    expect(find("US")).toEqual(["US"]);
    expect(find("UK")).toEqual(["GB"]);
    expect(find("Mỹ")).toEqual(["US"]);
    expect(find("Nga")).toEqual(["RU"]);
    // Without an alias, a query still matches inside names: "ukr" finds Ukraine.
    expect(find("ukr")).toContain("UA");
    // A key matches as typed: "MY" is Malaysia.
    expect(find("MY")).toContain("MY");
  });

  it("keeps whole-word matches next to an alias: Korea also names North Korea, Trung also Trung Phi", () => {
    expect(find("Korea")).toEqual(expect.arrayContaining(["KR", "KP"]));
    expect(find("Trung")).toEqual(expect.arrayContaining(["CN", "CF"]));
  });

  it("points every alias at a partner the data holds", () => {
    for (const key of Object.keys(SEARCH_ALIASES)) expect(getNetwork().partnerByKey.has(key), key).toBe(true);
  });
});
