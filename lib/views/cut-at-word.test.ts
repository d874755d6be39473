import { describe, expect, it } from "vitest";
import { cutAtWord } from "./cut-at-word";

describe("cutAtWord", () => {
  it("keeps text that fits", () => {
    expect(cutAtWord("Vietnam and Australia", 40)).toBe("Vietnam and Australia");
  });

  it("cuts at the last whole word and marks the cut", () => {
    const text = "Vietnam's partnership network on 10 March 2024: 13 comprehensive strategic partners";
    const cut = cutAtWord(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    // The character after the kept part is a space or punctuation: no word was split.
    expect(text.charAt(cut.length - 1)).toMatch(/[\s:,]/);
  });

  it("never ends on punctuation before the ellipsis", () => {
    expect(cutAtWord("Alpha beta, gamma delta epsilon", 13)).toBe("Alpha beta…");
  });
});
