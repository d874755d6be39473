import { describe, expect, it } from "vitest";
import { shiftYears } from "./dates";

describe("shiftYears (the slider's PageUp/PageDown)", () => {
  const min = "1945-09-02";
  const max = "2026-12-03";
  it("moves to the same day one year later or earlier", () => {
    expect(shiftYears("2016-05-23", 1, min, max)).toBe("2017-05-23");
    expect(shiftYears("2016-05-23", -1, min, max)).toBe("2015-05-23");
  });
  it("turns 29 February into the 28th of a common year", () => {
    expect(shiftYears("2024-02-29", 1, min, max)).toBe("2025-02-28");
  });
  it("stops at the slider's ends", () => {
    expect(shiftYears("2026-06-01", 1, min, max)).toBe(max);
    expect(shiftYears("1946-01-01", -1, min, max)).toBe(min);
  });
});
