import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { getLeaderPage } from "./leader-page";
import { leaderHref, leaderKeyFromSlug } from "./links";

describe("leader pages", () => {
  it("lists To Lam's offices, the steps that credit him (with citations) and his events", () => {
    const page = getLeaderPage("leader:to-lam")!;
    const leader = getDataset().leaders.find((l) => l.id === "leader:to-lam")!;
    expect(page.offices).toHaveLength(leader.roles.length);
    expect(page.offices.map((o) => o.role)).toContain("general-secretary");
    const credited = getDataset().relationships.flatMap((r) =>
      r.tiers.filter((s) => s.leaders.includes("leader:to-lam")).map((s) => `${r.key} ${s.date}`),
    );
    expect(page.tierSteps.map((s) => `${s.partner.key} ${s.date}`).sort()).toEqual(credited.sort());
    expect(page.tierSteps.length).toBeGreaterThan(0);
    expect(page.tierSteps.every((s) => s.citations.length > 0)).toBe(true);
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.events.every((e) => e.citations.length > 0)).toBe(true);
  });

  it("knows no leader for an unknown or malformed slug", () => {
    expect(getLeaderPage("leader:nobody-at-all")).toBeNull();
    expect(leaderKeyFromSlug("to-lam")).toBe("leader:to-lam");
    expect(leaderKeyFromSlug("../etc")).toBeNull();
    expect(leaderKeyFromSlug("To-Lam")).toBeNull();
    expect(leaderHref("leader:to-lam", "vi")).toBe("/leader/to-lam?lang=vi");
  });
});
