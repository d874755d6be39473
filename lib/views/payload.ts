import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
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
  /** The release these facts are (`2026.12.03`), for links and citations pinned to it. */
  release: string;
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

/** Memoises a derived view per release: each is computed once, for the few releases in use at a time. */
function perRelease<T>(compute: (v: string | null) => T): (v?: string | null) => T {
  const byVersion = new Map<string, T>();
  return (v = null) => {
    const version = getDatasetVersion(v);
    const hit = byVersion.get(version);
    if (hit !== undefined) return hit;
    const value = compute(v);
    if (byVersion.size >= 6) byVersion.delete(byVersion.keys().next().value as string);
    byVersion.set(version, value);
    return value;
  };
}

export const getExplorerPayload = perRelease((v): ExplorerPayload => {
  const network = getNetwork(v);
  const relationDays = network.partners.flatMap((p) => (p.relationsSince ? [p.relationsSince] : []));
  return {
    partners: network.partners,
    changeDays: tierChangeDays(network.partners),
    firstDay: relationDays.sort()[0] ?? "1945-09-02",
    release: getDatasetVersion(v),
  };
});

export const getLeaderLinks = perRelease((v): LeaderLinks => ({
  leaders: getDataset(v).leaders.map((l) => ({
    id: l.id,
    name: l.name,
    nameVi: l.nameVi,
    country: l.country,
  })),
  involvements: getNetwork(v).involvements,
}));

const allDetails = perRelease((v): Record<string, CountryDetails> =>
  Object.fromEntries(allCountryDetails(getDataset(v))),
);

export function laddersOf(all: Readonly<Record<string, CountryDetails>>): PartnerLadders {
  return Object.fromEntries(Object.entries(all).map(([key, d]) => [key, d.ladder]));
}

export const getComparePayload = perRelease((v): ComparePayload => ({
  ...getExplorerPayload(v),
  ladders: laddersOf(allDetails(v)),
  leaders: leaderSummaries(getNetwork(v)),
}));

export function getCountryDetails(key: string, v: string | null = null): CountryDetails | null {
  return allDetails(v)[key] ?? null;
}

/** Every step of every partner's history, oldest first: `/api/changes` filters it. */
export const getChanges = perRelease((v): ChangeRow[] => allChanges(Object.values(allDetails(v))));
