import { relationsCountBound } from "@/lib/graph/lower-bound";
import type { Network } from "@/lib/graph/network";
import { isPresentAt, tierAt, type PartnerTimeline } from "@/lib/graph/timeline";
import { TIER_FILTER_CODES, tierRank, type TierCode, type TierFilterCode } from "@/lib/schema/tiers";
import type { LadderStep } from "./country-details";

/** Every partner's tier steps with their citations, by partner key: all that comparing dates reads of its details. */
export type PartnerLadders = Record<string, readonly LadderStep[]>;

export type TierCounts = Record<TierFilterCode, number>;

/**
 * Partner countries per tier on a day, as official statements count them: an organisation holding a tier
 * (the EU) is not a country; `organisationsAt` names it so the table can say why it is left out.
 */
export function countsAt(partners: readonly PartnerTimeline[], day: string): TierCounts {
  const counts = Object.fromEntries(TIER_FILTER_CODES.map((t) => [t, 0])) as TierCounts;
  for (const p of partners) {
    if (p.kind !== "country" || !isPresentAt(p, day)) continue;
    counts[tierAt(p, day)?.tier ?? "none"] += 1;
  }
  return counts;
}

/** The organisations (not countries) among a day's partners: a count of countries leaves them out and says so. */
export function organisationsAt(partners: readonly PartnerTimeline[], day: string): PartnerTimeline[] {
  return partners.filter((p) => p.kind === "organisation" && isPresentAt(p, day));
}

export interface TierChange {
  key: string;
  label: string;
  labelVi: string;
  kind: "country" | "organisation";
  from: TierCode | null;
  to: TierCode;
  /** A renaming or enhancement inside the tier (`from` equals `to`): never a change of tier. */
  withinTier: boolean;
  date: string;
  effective: string;
  step: LadderStep | null;
}

export interface NewRelation {
  key: string;
  label: string;
  labelVi: string;
  date: string;
}

export interface Comparison {
  a: string;
  b: string;
  countsA: TierCounts;
  countsB: TierCounts;
  /** Organisations holding a tier on either date: not counted among countries, named under the table. */
  organisations: { key: string; label: string; labelVi: string }[];
  /** Undated countries that could add to the count without a framework on each date (lower bounds). */
  undatedA: number;
  undatedB: number;
  newRelations: NewRelation[];
  changes: TierChange[];
}

/** Every tier step of every partner, in date order, with the tier it left. */
export function allTierChanges(
  partners: readonly PartnerTimeline[],
  ladders: Readonly<PartnerLadders>,
): TierChange[] {
  const changes: TierChange[] = [];
  for (const p of partners) {
    let previous: TierCode | null = null;
    p.steps.forEach((s, i) => {
      changes.push({
        key: p.key,
        label: p.label,
        labelVi: p.labelVi,
        kind: p.kind,
        from: previous,
        to: s.tier,
        withinTier: s.withinTier,
        date: s.date,
        effective: s.effective,
        step: ladders[p.key]?.[i] ?? null,
      });
      previous = s.tier;
    });
  }
  return changes.sort(
    (x, y) => x.effective.localeCompare(y.effective) || x.label.localeCompare(y.label, "en"),
  );
}

/** The parameters a comparison's address keeps (the page's own state). */
export const COMPARE_KEYS = ["a", "b", "tiers", "layout", "lang", "sort", "region", "v"] as const;
/** What the comparison's CSV export reads from its view. */
export const COMPARE_CSV_KEYS = ["a", "b", "tiers", "lang", "format", "v"] as const;

/** The two days a comparison shows: `a` and `b` as asked, else a year before `b` (or `asOf`) and that day. */
export function compareDays(state: { a?: string; b?: string; asOf: string }): { a: string; b: string } {
  const b = state.b ?? state.asOf;
  const a = state.a ?? `${Number(b.slice(0, 4)) - 1}${b.slice(4, 10) === "-02-29" ? "-02-28" : b.slice(4)}`;
  return { a: a > b ? b : a, b };
}

/** What changed after the end of day `a`, up to the end of day `b`. */
export function compareDates(
  partners: readonly PartnerTimeline[],
  ladders: Readonly<PartnerLadders>,
  a: string,
  b: string,
  tiers: readonly TierFilterCode[] | null = null,
): Comparison {
  const inFilter = (p: PartnerTimeline) =>
    !tiers || tiers.includes(tierAt(p, b)?.tier ?? "none") || tiers.includes(tierAt(p, a)?.tier ?? "none");
  const newRelations = partners
    .filter(
      (p) =>
        p.kind === "country" &&
        p.relationsDate &&
        p.relationsSince &&
        p.relationsSince > a &&
        p.relationsSince <= b &&
        inFilter(p),
    )
    .map((p) => ({ key: p.key, label: p.label, labelVi: p.labelVi, date: p.relationsDate ?? "" }))
    .sort((x, y) => x.date.localeCompare(y.date));
  const keep = new Set(partners.filter(inFilter).map((p) => p.key));
  const changes = allTierChanges(partners, ladders).filter(
    (c) => c.effective > a && c.effective <= b && keep.has(c.key),
  );
  const organisations = [...new Set([...organisationsAt(partners, a), ...organisationsAt(partners, b)])].map(
    (p) => ({ key: p.key, label: p.label, labelVi: p.labelVi }),
  );
  return {
    a,
    b,
    countsA: countsAt(partners, a),
    countsB: countsAt(partners, b),
    organisations,
    undatedA: relationsCountBound(partners, a).undatedCount,
    undatedB: relationsCountBound(partners, b).undatedCount,
    newRelations,
    changes,
  };
}

export interface SeriesPoint {
  day: string;
  counts: TierCounts;
  /** The changes that took effect that day. */
  changes: TierChange[];
}

/** Counts per tier at every day a tier changed, from the first partnership on. */
export function tierSeries(
  partners: readonly PartnerTimeline[],
  ladders: Readonly<PartnerLadders>,
): SeriesPoint[] {
  const changes = allTierChanges(partners, ladders);
  const byDay = new Map<string, TierChange[]>();
  for (const c of changes) byDay.set(c.effective, [...(byDay.get(c.effective) ?? []), c]);
  return [...byDay.entries()].map(([day, dayChanges]) => ({
    day,
    counts: countsAt(partners, day),
    changes: dayChanges,
  }));
}

export type RungStatus = "reached" | "skipped" | "not-reached";

export interface Rung {
  tier: TierCode;
  status: RungStatus;
  date: string | null;
  /** Years since the previous reached rung (or since relations), one decimal. */
  yearsFromPrevious: number | null;
  /** Later steps inside this tier (renamings, enhancements), oldest first. */
  withinTier: { date: string; officialName: string | null }[];
}

export interface Ladder {
  key: string;
  label: string;
  labelVi: string;
  region: string;
  relationsDate: string | null;
  /** Where no source dates the establishment: the earliest evidence of relations. */
  relationsExistedBy: string | null;
  relationsFromEncyclopedia: boolean;
  current: TierCode | null;
  currentSince: string | null;
  rungs: Rung[];
  /** Years from diplomatic relations to the highest tier reached. */
  yearsToTop: number | null;
}

const LADDER: readonly TierCode[] = ["comprehensive", "strategic", "comprehensive-strategic"];

function yearsBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / (365.2425 * 86_400_000)) * 10) / 10;
}

/** The climb of one partner: relations → comprehensive → strategic → comprehensive strategic (or special). */
export function ladderOf(p: PartnerTimeline, asOf: string): Ladder {
  const steps = p.steps.filter((s) => s.effective <= asOf);
  const top = steps.reduce<TierCode | null>(
    (best, s) => (tierRank(s.tier) > tierRank(best) ? s.tier : best),
    null,
  );
  const rungTiers: TierCode[] = top === "special" ? ["special"] : [...LADDER];
  const established = p.relationsDate ? p.relationsSince : null;
  let previous = established;
  const rungs = rungTiers.map((tier): Rung => {
    const step = steps.find((s) => s.tier === tier);
    if (step) {
      const rung: Rung = {
        tier,
        status: "reached",
        date: step.date,
        yearsFromPrevious: previous ? yearsBetween(previous, step.effective) : null,
        withinTier: steps
          .filter((s) => s.withinTier && s.tier === tier)
          .map((s) => ({ date: s.date, officialName: s.officialName })),
      };
      previous = step.effective;
      return rung;
    }
    return {
      tier,
      status: top && tierRank(top) > tierRank(tier) ? "skipped" : "not-reached",
      date: null,
      yearsFromPrevious: null,
      withinTier: [],
    };
  });
  const current = tierAt(p, asOf);
  const topStep = top ? steps.find((s) => s.tier === top) : undefined;
  return {
    key: p.key,
    label: p.label,
    labelVi: p.labelVi,
    region: p.region,
    relationsDate: p.relationsDate,
    relationsExistedBy: p.relationsExistedBy,
    relationsFromEncyclopedia: p.relationsFromEncyclopedia,
    current: current?.tier ?? null,
    currentSince: current?.sinceDate ?? null,
    rungs,
    yearsToTop: topStep && established ? yearsBetween(established, topStep.effective) : null,
  };
}

/** Ladders for every partner that has held a framework by `asOf`. */
export function ladders(partners: readonly PartnerTimeline[], asOf: string): Ladder[] {
  return partners.filter((p) => p.steps.some((s) => s.effective <= asOf)).map((p) => ladderOf(p, asOf));
}

/** A leader as the comparison's leaders tab needs them: names and offices, no citations. */
export interface LeaderSummary {
  id: string;
  name: string;
  nameVi: string | null;
  country: string;
  tenures: { title: string; titleVi: string | null; from: string | null; to: string | null }[];
}

export function leaderSummaries(network: Network): LeaderSummary[] {
  return [...network.leaderById.values()].map((l) => ({
    id: l.id,
    name: l.name,
    nameVi: l.nameVi,
    country: l.country,
    tenures: l.roles.map((r) => ({ title: r.title, titleVi: r.titleVi ?? null, from: r.from, to: r.to })),
  }));
}

export interface LeaderRecord extends LeaderSummary {
  /** Tier changes dated within any of the leader's tenures (Vietnamese leaders only). */
  duringTenure: TierChange[];
  /** Tier changes the leader is credited with. */
  tookPart: TierChange[];
}

/** Each leader with the tier changes of their tenures and those they took part in; `today` ends open tenures. */
export function leaderRecords(
  leaders: readonly LeaderSummary[],
  partners: readonly PartnerTimeline[],
  ladders: Readonly<PartnerLadders>,
  today: string,
): LeaderRecord[] {
  const changes = allTierChanges(partners, ladders);
  return leaders
    .map((l) => {
      const inTenure = (c: TierChange) =>
        l.tenures.some(
          (r) =>
            r.from !== null && r.from <= c.effective && (r.to === null ? today : r.to) >= c.date.slice(0, 10),
        );
      return {
        ...l,
        duringTenure: l.country === "VN" ? changes.filter(inTenure) : [],
        tookPart: changes.filter((c) => c.step?.leaders.some((x) => x.id === l.id)),
      };
    })
    .filter((r) => r.tookPart.length > 0 || r.duringTenure.length > 0)
    .sort(
      (x, y) =>
        (x.country === "VN" ? 0 : 1) - (y.country === "VN" ? 0 : 1) ||
        y.tookPart.length - x.tookPart.length ||
        x.name.localeCompare(y.name),
    );
}

/** How a step moved a partner: its first framework, up a tier, down one, or a new name within its tier. */
export type ChangeKind = "first" | "up" | "down" | "within";
export const CHANGE_KINDS: readonly ChangeKind[] = ["up", "first", "down", "within"];

export function changeKind(change: Pick<TierChange, "from" | "to" | "withinTier">): ChangeKind {
  if (change.withinTier || change.from === change.to) return "within";
  if (change.from === null) return "first";
  return tierRank(change.to) > tierRank(change.from) ? "up" : "down";
}

/** A comparison's tier changes grouped by kind, each group in date order, for "what changed". */
export function groupChanges(changes: readonly TierChange[]): Record<ChangeKind, TierChange[]> {
  const groups: Record<ChangeKind, TierChange[]> = { up: [], first: [], down: [], within: [] };
  for (const c of changes) groups[changeKind(c)].push(c);
  return groups;
}
