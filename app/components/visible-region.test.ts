import { describe, expect, it } from "vitest";
import { shiftInto, visibleRegion } from "./visible-region";

const phone = { width: 390, height: 844 };
const canvas = { left: 8, top: 120, right: 382, bottom: 710 };

describe("the part of the canvas a reader sees", () => {
  it("is the canvas inside the window when nothing lies over it", () => {
    expect(visibleRegion({ ...canvas, bottom: 900 }, phone, null)).toEqual({ ...canvas, bottom: 844 });
    // A desktop's details column beside the canvas covers none of it.
    expect(visibleRegion(canvas, phone, { left: 400, top: 0, right: 700, bottom: 844 })).toEqual(canvas);
  });

  it("stops at a phone's sheet from below, and beside a tablet's from the right", () => {
    expect(visibleRegion(canvas, phone, { left: 0, top: 380, right: 390, bottom: 844 })).toEqual({
      ...canvas,
      bottom: 380,
    });
    const tablet = { left: 280, top: 100, right: 1000, bottom: 800 };
    expect(
      visibleRegion(tablet, { width: 1024, height: 768 }, { left: 584, top: 230, right: 1024, bottom: 768 }),
    ).toEqual({ ...tablet, right: 584, bottom: 768 });
  });
});

describe("moving a chosen mark into sight", () => {
  const region = { left: 8, top: 120, right: 382, bottom: 380 };
  it("leaves a mark already in sight where it is", () => {
    expect(shiftInto({ x: 200, y: 250 }, region, 24)).toEqual({ x: 0, y: 0 });
  });
  it("moves a mark under the sheet up to just above it, and one past an edge back in", () => {
    expect(shiftInto({ x: 200, y: 600 }, region, 24)).toEqual({ x: 0, y: 380 - 24 - 600 });
    expect(shiftInto({ x: 0, y: 130 }, region, 24)).toEqual({ x: 32, y: 14 });
  });
});
