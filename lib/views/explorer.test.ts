import { describe, expect, it } from "vitest";
import { latestTierChanges, type ExplorerRow } from "./explorer";

const row = (key: string, tier: ExplorerRow["tier"], tierSince: string | null): ExplorerRow => ({
  key,
  kind: "country",
  label: key,
  labelVi: key,
  region: "Asia",
  tier,
  tierSince,
  tierSinceDate: tierSince,
  officialName: null,
  relationsSince: "1990-01-01",
  relationsDate: "1990-01-01",
  relationsExistedBy: null,
  relationsFromEncyclopedia: false,
  lat: 0,
  lon: 0,
});

describe("latestTierChanges", () => {
  it("lists partners by the start of their current tier, newest first, skipping those without a tier", () => {
    const rows = [
      row("JP", "comprehensive-strategic", "2023-11-27"),
      row("FR", null, null),
      row("AU", "comprehensive-strategic", "2024-03-07"),
      row("IN", "comprehensive-strategic", "2016-09-03"),
    ];
    expect(latestTierChanges(rows, 2).map((r) => r.key)).toEqual(["AU", "JP"]);
    expect(latestTierChanges(rows, 10).map((r) => r.key)).toEqual(["AU", "JP", "IN"]);
  });
});
