/** Partnership tier codes, highest first (contract: Vocabulary › Tier codes). */
export const TIER_CODES = ["special", "comprehensive-strategic", "strategic", "comprehensive"] as const;
export type TierCode = (typeof TIER_CODES)[number];
/** `none` selects countries with relations but no partnership framework. */
export const TIER_FILTER_CODES = [...TIER_CODES, "none"] as const;
export type TierFilterCode = (typeof TIER_FILTER_CODES)[number];

/** Higher number = higher tier; used to detect downgrades and to sort. */
export function tierRank(tier: TierCode | null): number {
  return tier === null ? 0 : TIER_CODES.length - TIER_CODES.indexOf(tier);
}

export function isTierCode(value: string): value is TierCode {
  return (TIER_CODES as readonly string[]).includes(value);
}
