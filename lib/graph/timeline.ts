import type { Dataset, Relationship } from "@/lib/schema/dataset";
import { effectiveDay, precisionOf, type DatePrecision } from "@/lib/schema/dates";
import type { TierCode } from "@/lib/schema/tiers";

/** One dated tier step, with the day from which it counts. */
export interface TimelineStep {
  tier: TierCode;
  date: string;
  precision: DatePrecision;
  effective: string;
  officialName: string | null;
  leaders: string[];
  event: string | null;
  /** The step renames or enhances the framework inside the tier the partner already held. */
  withinTier: boolean;
}

/** A partner's whole history in plain data: small enough to ship to the browser for instant as-of changes. */
export interface PartnerTimeline {
  key: string;
  kind: "country" | "organisation";
  label: string;
  labelVi: string;
  region: string;
  lat: number;
  lon: number;
  /** The sourced date relations were established, as precise as the source. */
  relationsDate: string | null;
  /** Where no source dates the establishment: the earliest dated evidence that relations existed. */
  relationsExistedBy: string | null;
  /** The day from which the partner counts: the establishment date, else the evidence. */
  relationsSince: string | null;
  /** The start of relations is cited to an encyclopedia only (no primary or news source found): say so. */
  relationsFromEncyclopedia: boolean;
  steps: TimelineStep[];
}

/**
 * A partner's tier on a day. `since` is the first day of that tier reached without a break (contract: Tier
 * dates); a later step inside the same tier moves only `officialNameSince`.
 */
export interface TierState {
  tier: TierCode;
  since: string;
  sinceDate: string;
  precision: DatePrecision;
  officialName: string | null;
  /** The day the step that gave the current official name counts from (the last step in force). */
  officialNameSince: string;
  officialNameSinceDate: string;
  officialNameSincePrecision: DatePrecision;
}

const NO_SOURCES: ReadonlySet<string> = new Set();

/** One partner's timeline; `encyclopedic` holds the ids of encyclopedia sources (`kind: "encyclopedia"`). */
export function toTimeline(
  rel: Relationship,
  encyclopedic: ReadonlySet<string> = NO_SOURCES,
): PartnerTimeline {
  return {
    key: rel.key,
    kind: rel.kind,
    label: rel.name,
    labelVi: rel.nameVi,
    region: rel.region,
    lat: rel.lat,
    lon: rel.lon,
    relationsDate: rel.relations?.date ?? null,
    relationsExistedBy: rel.relations?.existedBy ?? null,
    relationsSince: relationsDay(rel),
    // Validation refuses an encyclopedia beside a primary citation of the same fact: one says it all.
    relationsFromEncyclopedia: rel.relations?.citations.some((c) => encyclopedic.has(c.source)) ?? false,
    steps: rel.tiers.map((s, i) => ({
      tier: s.tier,
      date: s.date,
      precision: precisionOf(s.date),
      effective: effectiveDay(s.date),
      officialName: s.officialName,
      leaders: s.leaders,
      event: s.event,
      withinTier: i > 0 && rel.tiers[i - 1]?.tier === s.tier,
    })),
  };
}

function relationsDay(rel: Relationship): string | null {
  const date = rel.relations?.date ?? rel.relations?.existedBy;
  return date ? effectiveDay(date) : null;
}

export function timelines(dataset: Dataset): PartnerTimeline[] {
  const encyclopedic = new Set(dataset.sources.filter((s) => s.kind === "encyclopedia").map((s) => s.id));
  return dataset.relationships
    .map((rel) => toTimeline(rel, encyclopedic))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
}

/** The tier in force at the end of `asOf`, or null. */
export function tierAt(partner: PartnerTimeline, asOf: string): TierState | null {
  let tierStart: TimelineStep | null = null;
  let last: TimelineStep | null = null;
  for (const step of partner.steps) {
    if (step.effective > asOf) break;
    if (!last || step.tier !== last.tier) tierStart = step;
    last = step;
  }
  if (!tierStart || !last) return null;
  return {
    tier: last.tier,
    since: tierStart.effective,
    sinceDate: tierStart.date,
    precision: tierStart.precision,
    officialName: last.officialName,
    officialNameSince: last.effective,
    officialNameSinceDate: last.date,
    officialNameSincePrecision: last.precision,
  };
}

/** A country is in the network once relations exist; an organisation once it holds a tier. */
export function isPresentAt(partner: PartnerTimeline, asOf: string): boolean {
  if (partner.kind === "organisation") return tierAt(partner, asOf) !== null;
  return partner.relationsSince !== null && partner.relationsSince <= asOf;
}
