import type { TierFilterCode } from "@/lib/schema/tiers";
import type { PartnerTimeline } from "./timeline";

/**
 * How far a count of countries with relations on a day can be trusted. A country whose start of relations
 * no source dates is counted only from its earliest dated evidence (`existedBy`); before that day it may
 * already have had relations, so every count of countries then is a lower bound.
 */
export interface RelationsCountBound {
  relationsCountIsLowerBound: boolean;
  /** Countries not counted on the day that could have had relations then: their start is undated. */
  undatedCount: number;
}

/** The undated countries not yet counted at the end of `asOf`: each could add one to that day's count. */
export function undatedCountriesAt(partners: readonly PartnerTimeline[], asOf: string): PartnerTimeline[] {
  return partners.filter(
    (p) =>
      p.kind === "country" &&
      p.relationsDate === null &&
      p.relationsExistedBy !== null &&
      p.relationsSince !== null &&
      p.relationsSince > asOf,
  );
}

/**
 * The bound of a view's count of countries. A country whose relations are undated has no framework before
 * its evidence, so it could only add to a view that shows countries without one (`none`).
 */
export function relationsCountBound(
  partners: readonly PartnerTimeline[],
  asOf: string,
  tiers: readonly TierFilterCode[] | null = null,
): RelationsCountBound {
  const showsUnframed = !tiers || tiers.length === 0 || tiers.includes("none");
  const undatedCount = showsUnframed ? undatedCountriesAt(partners, asOf).length : 0;
  return { relationsCountIsLowerBound: undatedCount > 0, undatedCount };
}
