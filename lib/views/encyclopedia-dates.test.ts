import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/graph";
import { formatRelationsDate } from "@/lib/i18n/messages";
import { getCountryDetails } from "./payload";
import { rowsAsOf } from "./explorer";

// Libya's start of relations is cited to the Vietnamese Wikipedia alone (sources.json: kind encyclopedia).
describe("a date only an encyclopedia gives is marked wherever it shows", () => {
  it("on the country page: marked, its citation's kind named", () => {
    const libya = getCountryDetails("LY")?.relations;
    expect(libya?.fromEncyclopedia).toBe(true);
    expect(libya?.citations.map((c) => c.kind)).toEqual(["encyclopedia"]);
    expect(getCountryDetails("AU")?.relations?.fromEncyclopedia).toBe(false);
  });

  it("in the explorer's rows and the ladders, through the partner's timeline", () => {
    const row = rowsAsOf(getNetwork().partners, "2020-01-01").find((r) => r.key === "LY");
    expect(row?.relationsFromEncyclopedia).toBe(true);
    expect(formatRelationsDate(row?.relationsDate ?? null, null, "en", row?.relationsFromEncyclopedia)).toBe(
      "15 March 1975 (per Wikipedia)",
    );
    expect(formatRelationsDate("1975-03-15", null, "vi", true)).toBe("15 tháng 3, 1975 (theo Wikipedia)");
    expect(formatRelationsDate("1975-03-15", null, "en")).toBe("15 March 1975");
  });
});
