import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidQueryError, parseViewState, VIEW_STATE_KEYS } from "./view-state";
import { isCalendarDay } from "./dates";

const today = "2026-11-23";
// Every parameter the view state reads, and one it must ignore.
const KEYS = [...VIEW_STATE_KEYS, "utm_source"];

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "",
    "2024-03-10",
    "2024-02-30",
    "1945-09-01",
    "9999-12-31",
    "special,none",
    "rings",
    "vi",
    "4",
    "4.01",
    "1e9",
    "-1",
    "NaN",
    "0x10",
    " 2024-03-10",
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ minLength: 200, maxLength: 5000 }),
);

describe("parseViewState under arbitrary input", () => {
  it("either parses to a valid state or throws InvalidQueryError with a readable sentence", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        try {
          const state = parseViewState(params, { today });
          expect(isCalendarDay(state.asOf)).toBe(true);
          expect(state.asOf <= today && state.asOf >= "1945-09-02").toBe(true);
          expect(state.q.length).toBeLessThanOrEqual(100);
          expect(state.scale).toBeGreaterThanOrEqual(1);
          expect(state.scale).toBeLessThanOrEqual(4);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidQueryError);
          const e = error as InvalidQueryError;
          expect(e.message).toMatch(/^Invalid query parameter "[^"]+": .+\.$/);
          expect(e.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never accepts an image larger than 8000 pixels on a side", () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 1, max: 4 }), (width, scale) => {
        const params = new URLSearchParams({ width: String(width), scale: String(scale) });
        const ok = width * scale <= 8000;
        if (ok) expect(parseViewState(params, { today }).width).toBe(width);
        else expect(() => parseViewState(params, { today })).toThrow(InvalidQueryError);
      }),
    );
  });
});
