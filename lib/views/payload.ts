import { getDataset } from "@/lib/dataset";
import { getNetwork } from "@/lib/graph";
import type { Involvement } from "@/lib/graph/network";
import type { PartnerTimeline } from "@/lib/graph/timeline";
import { allCountryDetails, type CountryDetails } from "./country-details";
import { tierChangeDays } from "./explorer";

/**
 * What the explorer's browser code needs to change dates, filters and search without asking the server
 * again. A country's details (citations are most of the dataset's bytes) load when it is selected.
 */
export interface ExplorerPayload {
  partners: PartnerTimeline[];
  leaders: { id: string; name: string; nameVi: string | null; country: string }[];
  involvements: Involvement[];
  changeDays: string[];
  firstDay: string;
}

/** Compare lists every change with its citations, so it carries every country's details. */
export interface ComparePayload extends ExplorerPayload {
  details: Record<string, CountryDetails>;
}

let cached: ComparePayload | null = null;

let lean: ExplorerPayload | null = null;

export function getExplorerPayload(): ExplorerPayload {
  if (lean) return lean;
  const { partners, leaders, involvements, changeDays, firstDay } = getComparePayload();
  lean = { partners, leaders, involvements, changeDays, firstDay };
  return lean;
}

export function getComparePayload(): ComparePayload {
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
  return getComparePayload().details[key] ?? null;
}
