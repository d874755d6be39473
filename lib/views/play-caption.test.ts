import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { toTimeline } from "@/lib/graph/timeline";
import { fixtureData } from "@/lib/testing/fixture";
import type { Relationship } from "@/lib/schema/dataset";
import { changeCaption } from "./play-caption";

describe("changeCaption", () => {
  const partners = getNetwork().partners;

  it("says the date, the partner and the move between tiers", () => {
    expect(changeCaption(partners, "2023-09-10", "en")).toBe(
      "10 September 2023 — United States: comprehensive → comprehensive strategic",
    );
  });

  it("speaks Vietnamese", () => {
    expect(changeCaption(partners, "2023-09-10", "vi")).toContain("Hoa Kỳ: toàn diện → chiến lược toàn diện");
  });

  it("is null on a day without a change", () => {
    expect(changeCaption(partners, "2023-09-11", "en")).toBeNull();
  });

  it("writes a step known only to the year as the year, never the last day it counts from", () => {
    // Venezuela's comprehensive partnership is dated "2007": it counts from 31 December 2007.
    const caption = changeCaption(partners, "2007-12-31", "en");
    expect(caption).toMatch(/^2007 — .*Venezuela: no framework → comprehensive/);
    expect(caption).not.toContain("December");
    expect(changeCaption(partners, "2007-12-31", "vi")).toMatch(/^năm 2007 — /);
  });

  it("writes a step known to the month as the month", () => {
    const caption = changeCaption(partners, "2007-05-31", "en");
    expect(caption).toMatch(/^May 2007 — /);
    expect(caption).toContain("Chile");
    expect(caption).not.toContain("31 May");
  });

  it("gives each step its own date when steps of different precision fall on one day", () => {
    const fixture = fixtureData().relationships as Record<string, Relationship>;
    const [first, second] = Object.values(fixture);
    if (!first || !second) throw new Error("the fixture needs two partners");
    const step = (date: string) => ({
      tier: "comprehensive" as const,
      date,
      officialName: null,
      leaders: [],
      event: null,
      citations: [{ source: "s", quote: "q" }],
    });
    const mixed = [
      toTimeline({ ...first, tiers: [step("2007")] }),
      toTimeline({ ...second, tiers: [step("2007-12-31")] }),
    ];
    const caption = changeCaption(mixed, "2007-12-31", "en");
    expect(caption).toBe(
      `31 December 2007 — 2007: ${first.name}: no framework → comprehensive; ${second.name}: no framework → comprehensive`,
    );
  });
});
