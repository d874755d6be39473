import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { leaderName, leaderOtherName } from "./localized";

describe("leader names", () => {
  const leaders = getDataset().leaders;
  const byName = (name: string) => {
    const leader = leaders.find((l) => l.name === name);
    if (!leader) throw new Error(`no leader ${name}`);
    return leader;
  };

  it("keep a Vietnamese name's diacritics on English pages", () => {
    expect(leaderName(byName("To Lam"), "en")).toBe("Tô Lâm");
    expect(leaderName(byName("Pham Minh Chinh"), "en")).toBe("Phạm Minh Chính");
    expect(leaderOtherName(byName("To Lam"), "en")).toBeNull();
    const vietnamese = leaders.filter((l) => l.country === "VN" && l.nameVi);
    expect(vietnamese.length).toBeGreaterThan(10);
    for (const l of vietnamese) expect(leaderName(l, "en"), l.name).toBe(l.nameVi);
  });

  it("give other leaders their usual English spelling, and the Vietnamese one on Vietnamese pages", () => {
    expect(leaderName(byName("Xi Jinping"), "en")).toBe("Xi Jinping");
    expect(leaderName(byName("Xi Jinping"), "vi")).toBe("Tập Cận Bình");
    expect(leaderOtherName(byName("Xi Jinping"), "vi")).toBe("Xi Jinping");
  });
});
