import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";

/** The dataset's facts changed in this round (issue 23), each pinned so a later edit cannot undo it silently. */
const dataset = getDataset();
const partner = (key: string) => {
  const found = dataset.relationships.find((r) => r.key === key);
  if (!found) throw new Error(`no relationship ${key}`);
  return found;
};

describe("data changes", () => {
  it("Japan: the disagreement over the strategic partnership's date names the date the ladder uses", () => {
    const japan = partner("JP");
    const [disagreement] = japan.disagreements ?? [];
    expect(disagreement?.used).toBe("2009-04-20");
    expect(japan.tiers.find((s) => s.tier === "strategic")?.date).toBe("2009-04-20");
  });

  it("sources: Wikipedia articles are marked as encyclopedias; no other language's Wikipedia is cited", () => {
    const wikipedia = dataset.sources.filter((s) => s.url?.includes("wikipedia.org"));
    expect(wikipedia.length).toBeGreaterThan(0);
    for (const s of wikipedia) {
      expect(s.kind, s.id).toBe("encyclopedia");
      expect(s.url, s.id).toMatch(/^https:\/\/(en|vi)\.wikipedia\.org\//);
    }
  });
});
