import type { TimelineStep } from "@/lib/graph/timeline";
import { isPresentAt, tierAt, type PartnerTimeline } from "@/lib/graph/timeline";
import type { TierCode, TierFilterCode } from "@/lib/schema/tiers";
import { TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { searchMatcher } from "./search";

/** One partner as the explorer's table and canvas show it on a date. */
export interface ExplorerRow {
  key: string;
  kind: "country" | "organisation";
  label: string;
  labelVi: string;
  region: string;
  tier: TierCode | null;
  tierSince: string | null;
  tierSinceDate: string | null;
  officialName: string | null;
  relationsSince: string | null;
  relationsDate: string | null;
  relationsExistedBy: string | null;
  relationsFromEncyclopedia: boolean;
  lat: number;
  lon: number;
}

export function rowsAsOf(partners: readonly PartnerTimeline[], asOf: string): ExplorerRow[] {
  return partners.flatMap((p) => {
    if (!isPresentAt(p, asOf)) return [];
    const state = tierAt(p, asOf);
    return [
      {
        key: p.key,
        kind: p.kind,
        label: p.label,
        labelVi: p.labelVi,
        region: p.region,
        tier: state?.tier ?? null,
        tierSince: state?.since ?? null,
        tierSinceDate: state?.sinceDate ?? null,
        officialName: state?.officialName ?? null,
        relationsSince: p.relationsSince,
        relationsDate: p.relationsDate,
        relationsExistedBy: p.relationsExistedBy,
        relationsFromEncyclopedia: p.relationsFromEncyclopedia,
        lat: p.lat,
        lon: p.lon,
      },
    ];
  });
}

export function filterRows(
  rows: readonly ExplorerRow[],
  tiers: readonly TierFilterCode[] | null,
  q: string,
): ExplorerRow[] {
  const matches = searchMatcher(q);
  return rows.filter(
    (r) =>
      (!tiers || tiers.length === 0 || tiers.includes(r.tier ?? "none")) &&
      matches(r.key, [r.label, r.labelVi, r.officialName]),
  );
}

/** Partners per tier (and without one) on a date, before any filter: the filter's counts. */
export function tierCounts(rows: readonly ExplorerRow[]): Record<TierFilterCode, number> {
  const counts = Object.fromEntries(TIER_FILTER_CODES.map((t) => [t, 0])) as Record<TierFilterCode, number>;
  for (const r of rows) counts[r.tier ?? "none"] += 1;
  return counts;
}

/** Every distinct day on which some partner's tier changed: ticks on the date slider. */
export function tierChangeDays(partners: readonly PartnerTimeline[]): string[] {
  const days = new Set<string>(partners.flatMap((p) => p.steps.map((s: TimelineStep) => s.effective)));
  return [...days].sort();
}

/** The partners whose current tier began most recently as of the rows' date, newest first: the overview's list. */
export function latestTierChanges(rows: readonly ExplorerRow[], limit: number): ExplorerRow[] {
  return rows
    .filter((r) => r.tier !== null && r.tierSince !== null)
    .sort(
      (a, b) => (b.tierSince ?? "").localeCompare(a.tierSince ?? "") || a.label.localeCompare(b.label, "en"),
    )
    .slice(0, limit);
}
