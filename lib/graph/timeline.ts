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
  steps: TimelineStep[];
}

export interface TierState {
  tier: TierCode;
  since: string;
  sinceDate: string;
  precision: DatePrecision;
  officialName: string | null;
}

export function toTimeline(rel: Relationship): PartnerTimeline {
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
    steps: rel.tiers.map((s) => ({
      tier: s.tier,
      date: s.date,
      precision: precisionOf(s.date),
      effective: effectiveDay(s.date),
      officialName: s.officialName,
      leaders: s.leaders,
      event: s.event,
    })),
  };
}

function relationsDay(rel: Relationship): string | null {
  const date = rel.relations?.date ?? rel.relations?.existedBy;
  return date ? effectiveDay(date) : null;
}

export function timelines(dataset: Dataset): PartnerTimeline[] {
  return dataset.relationships.map(toTimeline).sort((a, b) => a.label.localeCompare(b.label, "en"));
}

/** The tier in force at the end of `asOf`, or null. */
export function tierAt(partner: PartnerTimeline, asOf: string): TierState | null {
  let state: TierState | null = null;
  for (const step of partner.steps) {
    if (step.effective > asOf) break;
    state = {
      tier: step.tier,
      since: step.effective,
      sinceDate: step.date,
      precision: step.precision,
      officialName: step.officialName,
    };
  }
  return state;
}

/** A country is in the network once relations exist; an organisation once it holds a tier. */
export function isPresentAt(partner: PartnerTimeline, asOf: string): boolean {
  if (partner.kind === "organisation") return tierAt(partner, asOf) !== null;
  return partner.relationsSince !== null && partner.relationsSince <= asOf;
}
