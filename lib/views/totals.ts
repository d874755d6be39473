import type { Dataset, OfficialTotal, TotalMeasure } from "@/lib/schema/dataset";
import { effectiveDay } from "@/lib/schema/dates";
import { isPresentAt, tierAt, timelines, type PartnerTimeline } from "@/lib/graph/timeline";
import { citationResolver, type ResolvedCitation } from "./citations";

/**
 * States and territories with which Vietnam may have relations but that are not UN members; statements
 * that count "UN member states" leave them out.
 */
const NOT_UN_MEMBERS = new Set(["PS", "EH", "CK", "NU", "VA", "XK", "TW"]);

/** Every measure an official statement may use, counted the way that statement counts. */
export function measuresAt(partners: readonly PartnerTimeline[], date: string): Record<TotalMeasure, number> {
  const countries = partners.filter((p) => p.kind === "country" && isPresentAt(p, date));
  const tierCount = (tier: string) => countries.filter((p) => tierAt(p, date)?.tier === tier).length;
  const csp = tierCount("comprehensive-strategic");
  const sp = tierCount("strategic");
  const cp = tierCount("comprehensive");
  return {
    relations: countries.length,
    relationsUnMembers: countries.filter((p) => !NOT_UN_MEMBERS.has(p.key)).length,
    // "Relations with all 193 UN member states" counts Vietnam itself among the 193.
    unMembersWithVietnam: countries.filter((p) => !NOT_UN_MEMBERS.has(p.key)).length + 1,
    special: tierCount("special"),
    "comprehensive-strategic": csp,
    strategic: sp,
    comprehensive: cp,
    strategicOrAbove: csp + sp,
    comprehensiveOrAbove: csp + sp + cp,
    strategicAndComprehensive: csp + sp + cp,
    frameworks: csp + sp + cp,
  };
}

export interface ReconciledCount {
  measure: TotalMeasure;
  stated: number;
  dataset: number;
  matches: boolean;
}

export interface Reconciliation {
  statement: OfficialTotal;
  /** The day the statement is compared on: a month or year counts from its last day. */
  day: string;
  counts: ReconciledCount[];
  matches: boolean;
  citations: ResolvedCitation[];
}

export function reconcileTotals(dataset: Dataset): Reconciliation[] {
  const partners = timelines(dataset);
  const resolve = citationResolver(dataset);
  return [...dataset.totals]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((statement) => {
      const day = effectiveDay(statement.date);
      const measured = measuresAt(partners, day);
      const counts = (Object.entries(statement.counts) as [TotalMeasure, number][]).map(
        ([measure, stated]) => ({
          measure,
          stated,
          dataset: measured[measure],
          matches: measured[measure] === stated,
        }),
      );
      return {
        statement,
        day,
        counts,
        matches: counts.every((c) => c.matches),
        citations: resolve(statement.citations),
      };
    });
}
