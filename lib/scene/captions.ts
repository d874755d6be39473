import type { Lang } from "@/lib/schema/view-state";
import type { TierCode } from "@/lib/schema/tiers";

/** Short tier names for ring captions and compact legends: the long official forms would crowd the rings. */
const SHORT_TIER: Record<Lang, Record<TierCode | "none", string>> = {
  en: {
    special: "Special",
    "comprehensive-strategic": "Comprehensive strategic",
    strategic: "Strategic",
    comprehensive: "Comprehensive",
    none: "No framework",
  },
  vi: {
    special: "Đặc biệt",
    "comprehensive-strategic": "Chiến lược toàn diện",
    strategic: "Chiến lược",
    comprehensive: "Toàn diện",
    none: "Chưa có khuôn khổ",
  },
};

export function ringCaption(lang: Lang, tier: TierCode | "none", count: number): string {
  return `${SHORT_TIER[lang][tier]} · ${count.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB")}`;
}

export function shortTierName(lang: Lang, tier: TierCode | "none"): string {
  return SHORT_TIER[lang][tier];
}
