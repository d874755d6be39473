import { describe, expect, it } from "vitest";
import { computeChangelog, summariseChanges } from "./changelog";
import { getDataset } from "./index";
import { listReleases, resolveRelease } from "./releases";
import { nextVersion, readSnapshot } from "./release-files";
import { UnknownReleaseError } from "./problems";
import type { Dataset } from "@/lib/schema/dataset";

const clone = (d: Dataset): Dataset => structuredClone(d);

describe("release versions", () => {
  it("are the day, then a numbered suffix for later releases the same day", () => {
    expect(nextVersion("2026-12-03", [])).toBe("2026.12.03");
    expect(nextVersion("2026-12-03", ["2026.12.03"])).toBe("2026.12.03.2");
    expect(nextVersion("2026-12-03", ["2026.12.03", "2026.12.03.2"])).toBe("2026.12.03.3");
  });
});

describe("the changelog between two releases", () => {
  const before = getDataset();
  const japan = before.relationships.find((r) => r.key === "JP");
  if (!japan) throw new Error("fixture: Japan is in the dataset");

  it("records a corrected date as one correction with the value before and after", () => {
    const after = clone(before);
    const step = after.relationships.find((r) => r.key === "JP")?.tiers[0];
    if (!step) throw new Error("fixture: Japan has a tier step");
    const oldDate = step.date;
    step.date = "1999-01-01";
    const changes = computeChangelog(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "corrected", key: "JP", what: `tier step: ${step.tier} (1st)` });
    expect(changes[0]?.before).toContain(oldDate);
    expect(changes[0]?.after).toContain("1999-01-01");
    expect(changes[0]?.citations.length).toBeGreaterThan(0);
    expect(changes[0]?.citations[0]?.quote).toBe(step.citations[0]?.quote);
  });

  it("records an added step with its citations and a removed partner with its facts", () => {
    const after = clone(before);
    const jp = after.relationships.find((r) => r.key === "JP");
    const firstStep = jp?.tiers[0];
    if (!jp || !firstStep) throw new Error("fixture: Japan has a tier step");
    jp.tiers.push({ ...firstStep, tier: "special", date: "2026-05-01", officialName: "Test partnership" });
    after.relationships = after.relationships.filter((r) => r.key !== "FR");
    const changes = computeChangelog(before, after);
    const added = changes.filter((c) => c.kind === "added");
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ key: "JP", what: "tier step: special (1st)" });
    expect(added[0]?.after).toContain("Test partnership");
    const removed = changes.filter((c) => c.kind === "removed");
    expect(removed.length).toBeGreaterThan(1);
    expect(removed.every((c) => c.key === "FR")).toBe(true);
    expect(removed.map((c) => c.what)).toContain("partner");
    expect(summariseChanges(changes)).toBe(`1 added, 0 corrected, ${removed.length} removed`);
  });

  it("is empty between a dataset and itself", () => {
    expect(computeChangelog(before, clone(before))).toEqual([]);
  });
});

describe("the releases in the repository", () => {
  const releases = listReleases();

  it("start with the baseline and are listed newest first", () => {
    expect(releases.length).toBeGreaterThan(0);
    expect(releases.at(-1)?.changes).toEqual([]);
    const versions = releases.map((r) => r.version);
    expect([...versions].sort().reverse()).toEqual(versions);
  });

  it("each still loads, byte for byte as cut, under today's schema", () => {
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) {
      expect(readSnapshot(release).length).toBeGreaterThan(100);
      expect(getDataset(release.version).relationships.length).toBeGreaterThan(150);
    }
  });

  it("an unknown version is refused by name", () => {
    expect(() => resolveRelease("1999.01.01")).toThrow(UnknownReleaseError);
    expect(() => getDataset("nonsense")).toThrow(/no release "nonsense"/);
  });
});

describe("a pinned release keeps its own facts after a newer one", () => {
  const premiership = (v: string | null, id: string) =>
    getDataset(v)
      .leaders.find((l) => l.id === id)
      ?.roles.filter((r) => r.role === "prime-minister")
      .map((r) => [r.from, r.to]);

  it("the baseline has Phạm Minh Chính's premiership open and Lê Minh Hưng's undated; the latest dates the change to 7 April 2026", () => {
    expect(listReleases().length).toBeGreaterThan(1);
    expect(premiership("2026.12.03", "leader:pham-minh-chinh")).toEqual([["2021-04-05", null]]);
    expect(premiership("2026.12.03", "leader:le-minh-hung")).toEqual([[null, null]]);
    expect(premiership(null, "leader:pham-minh-chinh")).toEqual([["2021-04-05", "2026-04-07"]]);
    expect(premiership(null, "leader:le-minh-hung")).toEqual([["2026-04-07", null]]);
  });

  it("what ships is a release: the data files are exactly the latest release (run `npm run release`)", () => {
    expect(resolveRelease(null)).toBe(listReleases()[0]?.version);
  });
});
