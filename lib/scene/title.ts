import { tierName } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { TIER_FILTER_CODES, type TierFilterCode } from "@/lib/schema/tiers";

/** A picture's default title says what it shows: the whole network, or only the tiers its filter keeps. */
export function pictureTitle(lang: Lang, tiers: readonly TierFilterCode[] | null): string {
  const shown = tiers && tiers.length > 0 && tiers.length < TIER_FILTER_CODES.length ? tiers : null;
  if (!shown)
    return lang === "vi" ? "Mạng lưới quan hệ đối tác của Việt Nam" : "Vietnam's partnership network";
  const names = TIER_FILTER_CODES.filter((t) => shown.includes(t)).map((t) =>
    tierName(lang, t === "none" ? null : t).toLocaleLowerCase(lang),
  );
  return lang === "vi" ? `Việt Nam: ${names.join(", ")}` : `Vietnam: ${names.join(", ")}`;
}
