import type { Dataset, OfficialTotal, TotalMeasure } from "@/lib/schema/dataset";
import { effectiveDay } from "@/lib/schema/dates";
import { isPresentAt, tierAt, timelines, type PartnerTimeline } from "@/lib/graph/timeline";
import { undatedCountriesAt } from "@/lib/graph/lower-bound";
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

/** The measures that count countries with relations: the ones a country with an undated start could add to. */
export const RELATIONS_MEASURES: readonly TotalMeasure[] = [
  "relations",
  "relationsUnMembers",
  "unMembersWithVietnam",
];

/** How many of the undated countries a measure would count, were their relations already in place. */
function couldAddTo(measure: TotalMeasure, undated: readonly UndatedCountry[]): number {
  if (!RELATIONS_MEASURES.includes(measure)) return 0;
  return measure === "relations" ? undated.length : undated.filter((c) => !NOT_UN_MEMBERS.has(c.key)).length;
}

export interface ReconciledCount {
  measure: TotalMeasure;
  stated: number;
  dataset: number;
  matches: boolean;
  /** Countries whose start of relations is undated and that this measure would count: `dataset` is a lower bound. */
  couldAdd: number;
}

/** A country not counted on a statement's day because no source dates its start of relations. */
export interface UndatedCountry {
  key: string;
  name: string;
  nameVi: string;
  /** The earliest dated evidence of relations, from which the dataset counts it. */
  existedBy: string;
}

export interface Reconciliation {
  statement: OfficialTotal;
  /** The day the statement is compared on: a month or year counts from its last day. */
  day: string;
  counts: ReconciledCount[];
  matches: boolean;
  citations: ResolvedCitation[];
  /** The countries not counted that day whose start of relations is undated (they may have had relations). */
  undated: UndatedCountry[];
}

export function reconcileTotals(dataset: Dataset): Reconciliation[] {
  const partners = timelines(dataset);
  const resolve = citationResolver(dataset);
  return [...dataset.totals]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((statement) => {
      const day = effectiveDay(statement.date);
      const measured = measuresAt(partners, day);
      const undated = undatedCountriesAt(partners, day).map((p) => ({
        key: p.key,
        name: p.label,
        nameVi: p.labelVi,
        existedBy: p.relationsExistedBy ?? day,
      }));
      const counts = (Object.entries(statement.counts) as [TotalMeasure, number][]).map(
        ([measure, stated]) => ({
          measure,
          stated,
          dataset: measured[measure],
          matches: measured[measure] === stated,
          couldAdd: couldAddTo(measure, undated),
        }),
      );
      return {
        statement,
        day,
        counts,
        matches: counts.every((c) => c.matches),
        citations: resolve(statement.citations),
        undated,
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

/**
 * How far the dataset may be from a stated number of countries and still track it: statements differ in
 * whether they count only UN members, or add Palestine and the Sahrawi Republic.
 */
export const RELATIONS_TOLERANCE = { below: -1, above: 2 } as const;

/** One statement of how many countries Vietnam had relations with, against the dataset's count that day. */
export interface RelationsTrackPoint {
  reconciliation: Reconciliation;
  count: ReconciledCount;
  /** The dataset's count minus the stated one. */
  difference: number;
  /** Within the tolerance of RELATIONS_TOLERANCE. */
  tracks: boolean;
}

/** Every statement of a number of countries with relations, oldest first: how the dataset tracks history. */
export function relationsTrack(reconciliations: readonly Reconciliation[]): RelationsTrackPoint[] {
  return reconciliations.flatMap((reconciliation) =>
    reconciliation.counts
      .filter((count) => RELATIONS_MEASURES.includes(count.measure))
      .map((count) => {
        const difference = count.dataset - count.stated;
        return {
          reconciliation,
          count,
          difference,
          tracks: difference >= RELATIONS_TOLERANCE.below && difference <= RELATIONS_TOLERANCE.above,
        };
      }),
  );
}
