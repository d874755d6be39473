import { getDataset } from "@/lib/dataset";
import { getNetwork } from "@/lib/graph";
import type { Involvement } from "@/lib/graph/network";
import type { PartnerTimeline } from "@/lib/graph/timeline";
import { allCountryDetails, type CountryDetails } from "./country-details";
import { leaderSummaries, type LeaderSummary, type PartnerLadders } from "./compare";
import { tierChangeDays } from "./explorer";
import { allChanges, type ChangeRow } from "./changes";

/**
 * What the explorer's browser code needs to change dates, filters and search without asking the server
 * again. A country's details (citations are most of the dataset's bytes) load when it is selected, and
 * leader links when leaders are shown.
 */
export interface ExplorerPayload {
  partners: PartnerTimeline[];
  changeDays: string[];
  firstDay: string;
}

/** Who took part in which tier change: the leader nodes and their edges on the canvas. */
export interface LeaderLinks {
  leaders: { id: string; name: string; nameVi: string | null; country: string }[];
  involvements: Involvement[];
}

/**
 * Compare lists every change with its citations, so it carries every partner's ladder (not the rest of its
 * details), and every leader's offices for its leaders tab.
 */
export interface ComparePayload extends ExplorerPayload {
  ladders: PartnerLadders;
  leaders: LeaderSummary[];
}

let explorer: ExplorerPayload | null = null;
let leaderLinks: LeaderLinks | null = null;
let details: Record<string, CountryDetails> | null = null;
let compare: ComparePayload | null = null;
let changes: ChangeRow[] | null = null;

export function getExplorerPayload(): ExplorerPayload {
  if (explorer) return explorer;
  const network = getNetwork();
  const relationDays = network.partners.flatMap((p) => (p.relationsSince ? [p.relationsSince] : []));
  explorer = {
    partners: network.partners,
    changeDays: tierChangeDays(network.partners),
    firstDay: relationDays.sort()[0] ?? "1945-09-02",
  };
  return explorer;
}

export function getLeaderLinks(): LeaderLinks {
  leaderLinks ??= {
    leaders: getDataset().leaders.map((l) => ({
      id: l.id,
      name: l.name,
      nameVi: l.nameVi,
      country: l.country,
    })),
    involvements: getNetwork().involvements,
  };
  return leaderLinks;
}

function allDetails(): Record<string, CountryDetails> {
  details ??= Object.fromEntries(allCountryDetails(getDataset()));
  return details;
}

export function laddersOf(all: Readonly<Record<string, CountryDetails>>): PartnerLadders {
  return Object.fromEntries(Object.entries(all).map(([key, d]) => [key, d.ladder]));
}

export function getComparePayload(): ComparePayload {
  compare ??= {
    ...getExplorerPayload(),
    ladders: laddersOf(allDetails()),
    leaders: leaderSummaries(getNetwork()),
  };
  return compare;
}

export function getCountryDetails(key: string): CountryDetails | null {
  return allDetails()[key] ?? null;
}

/** Every step of every partner's history, oldest first: `/api/changes` filters it. */
export function getChanges(): ChangeRow[] {
  changes ??= allChanges(Object.values(allDetails()));
  return changes;
}
