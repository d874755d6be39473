import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { changesToCsv } from "@/lib/export/changes-csv";
import { filterChanges } from "./changes";
import { getChanges } from "./payload";

const all = getChanges();
const everything = { from: null, to: null, tiers: null, focus: null };

describe("every change, as data", () => {
  it("has one row per tier step of every partner, oldest first", () => {
    const steps = getDataset().relationships.reduce((n, r) => n + r.tiers.length, 0);
    expect(all).toHaveLength(steps);
    const days = all.map((r) => r.effectiveFrom);
    expect(days).toEqual([...days].sort());
  });

  it("says China's 2023 step is within the tier, with its date, leaders, event and citations", () => {
    const china = filterChanges(all, { ...everything, focus: "CN" });
    expect(china.map((r) => [r.date, r.datePrecision, r.tierBefore, r.tierAfter, r.change])).toEqual([
      ["2008-05", "month", null, "comprehensive-strategic", "upgrade"],
      ["2023-12-12", "day", "comprehensive-strategic", "comprehensive-strategic", "within-tier"],
    ]);
    const step2023 = china[1]!;
    expect(step2023.leaders.map((l) => l.id)).toContain("leader:xi-jinping");
    expect(step2023.event?.id).toMatch(/^event:2023-/);
    expect(step2023.citations.length).toBeGreaterThan(0);
    expect(step2023.citations.every((c) => c.quote.length > 0)).toBe(true);
  });

  it("filters by effective day (both ends included), tier entered or left, and leader", () => {
    const in2024 = filterChanges(all, { ...everything, from: "2024-01-01", to: "2024-12-31" });
    expect(in2024.length).toBeGreaterThan(0);
    expect(in2024.every((r) => r.effectiveFrom >= "2024-01-01" && r.effectiveFrom <= "2024-12-31")).toBe(
      true,
    );
    const australia = filterChanges(all, { ...everything, from: "2024-03-07", to: "2024-03-07" });
    expect(australia.map((r) => r.key)).toContain("AU");
    const csp = filterChanges(all, { ...everything, tiers: ["comprehensive-strategic"] });
    expect(csp.length).toBeGreaterThan(10);
    expect(csp.every((r) => [r.tierAfter, r.tierBefore].includes("comprehensive-strategic"))).toBe(true);
    const toLam = filterChanges(all, { ...everything, focus: "leader:to-lam" });
    expect(toLam.length).toBeGreaterThan(0);
    expect(toLam.every((r) => r.leaders.some((l) => l.id === "leader:to-lam"))).toBe(true);
  });

  it("writes CSV with a byte order mark, the date as the source gives it, and every citation", () => {
    const rows = filterChanges(all, { ...everything, focus: "CN" });
    const most = Math.max(...all.map((r) => r.citations.length));
    const csv = changesToCsv(rows, most, "vi");
    expect(csv.startsWith('\uFEFF"date","datePrecision","effectiveFrom"')).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(`"citation${most}Quote"`);
    expect(lines[1]).toMatch(/^"2008-05","month","2008-05-31","CN","country"/);
    expect(lines[2]).toContain('"comprehensive-strategic","comprehensive-strategic","within-tier"');
    expect(lines[2]).toContain("Tập Cận Bình");
    expect(rows[1]!.citations.length).toBeGreaterThan(0);
    for (const c of rows[1]!.citations) expect(csv).toContain(c.quote.replace(/"/g, '""'));
  });
});
