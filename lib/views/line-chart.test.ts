import { describe, expect, it } from "vitest";
import { roundTicks, spreadLabels } from "./line-chart";

describe("roundTicks", () => {
  it("counts in round steps from 0 past the largest value", () => {
    expect(roundTicks(14)).toEqual([0, 5, 10, 15]);
    expect(roundTicks(15)).toEqual([0, 5, 10, 15]);
    expect(roundTicks(3)).toEqual([0, 1, 2, 3]);
    expect(roundTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(roundTicks(0)).toEqual([0, 1]);
  });
});

describe("spreadLabels", () => {
  it("leaves labels that do not touch where their lines end", () => {
    expect(spreadLabels([10, 50, 90], 14, 0, 100)).toEqual([10, 50, 90]);
  });

  it("pushes labels of lines ending together apart, keeping their order and the bounds", () => {
    const ys = spreadLabels([60, 60, 20, 95], 14, 0, 100);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted.length).toBe(4);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(14);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    // Equal ends keep the lines' order; the lowest end stays lowest.
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[3]).toBe(95);
    expect(ys[2]).toBe(20);
    // At the bottom edge the pair moves up rather than out of the chart.
    expect(spreadLabels([95, 98], 14, 0, 100)).toEqual([86, 100]);
  });
});
