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

/**
 * What is wrong with a reconciliation against its own explanation: a statement without one must be
 * reproduced; inside one, a measure without a `mismatchBound` must still match, a bounded gap may not
 * grow past its bound, and a bound on a measure that now matches has outlived its gap.
 */
export function unexplainedDifferences(r: Reconciliation): string[] {
  const bounds = r.statement.mismatchBound ?? {};
  const problems: string[] = [];
  for (const c of r.counts) {
    const gap = Math.abs(c.stated - c.dataset);
    const bound = r.statement.expectedMismatch === undefined ? undefined : bounds[c.measure];
    const where = `${c.measure}: stated ${c.stated}, dataset ${c.dataset}`;
    if (bound === undefined) {
      if (gap > 0) problems.push(`${where}, but no mismatch is allowed for it`);
    } else if (gap > bound) problems.push(`${where}: the gap of ${gap} is larger than its bound of ${bound}`);
    else if (gap === 0) problems.push(`${where}: matches now, so drop its mismatchBound`);
  }
  if (r.statement.expectedMismatch !== undefined && r.matches)
    problems.push("matches now, so drop its expectedMismatch");
  return problems;
}
