import { getDataset } from "@/lib/dataset";
import { getNetwork } from "@/lib/graph";
import type { Involvement } from "@/lib/graph/network";
import type { PartnerTimeline } from "@/lib/graph/timeline";
import { allCountryDetails, type CountryDetails } from "./country-details";
import { tierChangeDays } from "./explorer";

/** What the browser needs to change dates, filters and selection without asking the server again. */
export interface ExplorerPayload {
  partners: PartnerTimeline[];
  leaders: { id: string; name: string; nameVi: string | null; country: string }[];
  involvements: Involvement[];
  details: Record<string, CountryDetails>;
  changeDays: string[];
  firstDay: string;
}

let cached: ExplorerPayload | null = null;

export function getExplorerPayload(): ExplorerPayload {
  if (cached) return cached;
  const dataset = getDataset();
  const network = getNetwork();
  const relationDays = network.partners.flatMap((p) => (p.relationsSince ? [p.relationsSince] : []));
  cached = {
    partners: network.partners,
    leaders: dataset.leaders.map((l) => ({ id: l.id, name: l.name, nameVi: l.nameVi, country: l.country })),
    involvements: network.involvements,
    details: Object.fromEntries(allCountryDetails(dataset)),
    changeDays: tierChangeDays(network.partners),
    firstDay: relationDays.sort()[0] ?? "1945-09-02",
  };
  return cached;
}

export function getCountryDetails(key: string): CountryDetails | null {
  return getExplorerPayload().details[key] ?? null;
}
