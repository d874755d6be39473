import { describe, expect, it } from "vitest";
import { foldForSearch, matchesSearch } from "./search";

describe("search", () => {
  it("ignores case and Vietnamese diacritics, including đ", () => {
    expect(foldForSearch("Hàn Quốc")).toBe("han quoc");
    expect(foldForSearch("Đức")).toBe("duc");
    expect(matchesSearch("Han Quoc", ["South Korea", "Hàn Quốc"])).toBe(true);
    expect(matchesSearch("nhật", ["Japan", "Nhật Bản"])).toBe(true);
    expect(matchesSearch("korea", ["Japan", "Nhật Bản"])).toBe(false);
  });
});
