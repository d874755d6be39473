import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
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
});
