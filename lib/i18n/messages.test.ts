import { describe, expect, it } from "vitest";
import { MESSAGES, TIER_NAMES, formatDate } from "./messages";

describe("message catalogue", () => {
  it("has every English message translated into Vietnamese, none empty or left in English by mistake", () => {
    const en = MESSAGES.en as Record<string, string>;
    const vi = MESSAGES.vi as Record<string, string>;
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    const sameOnPurpose = new Set(["appName"]);
    for (const [key, text] of Object.entries(vi)) {
      expect(text.trim(), key).not.toBe("");
      if (!sameOnPurpose.has(key)) expect(text, key).not.toBe(en[key]);
    }
    expect(Object.keys(TIER_NAMES.vi).sort()).toEqual(Object.keys(TIER_NAMES.en).sort());
  });
  it("formats dates as precisely as the source, per language", () => {
    expect(formatDate("2024-03-07", "en")).toBe("7 March 2024");
    expect(formatDate("2009-09", "en")).toBe("September 2009");
    expect(formatDate("2007", "vi")).toBe("2007");
    expect(formatDate("2024-03-07", "vi")).toMatch(/7 tháng 3, 2024|07\/03\/2024|7 tháng 3 năm 2024/);
  });
});
