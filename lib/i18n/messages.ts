import { createFormatter, createTranslator } from "use-intl/core";
import { isPartialDate } from "@/lib/schema/dates";
import type { Lang } from "@/lib/schema/view-state";
import { en, vi, type Catalogue } from "./catalogue";

export const CATALOGUES: Record<Lang, Catalogue> = { en, vi };

/** Dates and numbers follow the reader's language; English dates read day-month-year as in Vietnam. */
const FORMAT_LOCALE: Record<Lang, string> = { en: "en-GB", vi: "vi-VN" };

function makeTranslator(lang: Lang) {
  return createTranslator({ locale: lang, messages: CATALOGUES[lang] });
}
export type Translator = ReturnType<typeof makeTranslator>;

const translators = new Map<Lang, Translator>();

/** `t("key")` or `t("key", { count })` in the reader's language; one translator per language, reused. */
export function translator(lang: Lang): Translator {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(lang)));
  return t;
}

const formatters = {
  en: createFormatter({ locale: FORMAT_LOCALE.en, timeZone: "UTC" }),
  vi: createFormatter({ locale: FORMAT_LOCALE.vi, timeZone: "UTC" }),
};

const TIER_KEYS = ["special", "comprehensive-strategic", "strategic", "comprehensive", "none"] as const;
type TierKey = (typeof TIER_KEYS)[number];

export function tierName(lang: Lang, tier: string | null): string {
  const key = tier ?? "none";
  return (TIER_KEYS as readonly string[]).includes(key)
    ? translator(lang)(`tierNames.${key as TierKey}`)
    : key;
}

/** Dates as precise as their source, in the reader's language. */
export function formatDate(partial: string | null, lang: Lang): string {
  if (!partial) return "—";
  const [y, m, d] = partial.split("-").map(Number) as [number, number | undefined, number | undefined];
  const format = formatters[lang];
  if (d !== undefined && m !== undefined)
    return format.dateTime(new Date(Date.UTC(y, m - 1, d)), {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  if (m !== undefined)
    return format.dateTime(new Date(Date.UTC(y, m - 1, 1)), { month: "long", year: "numeric" });
  // A bare number reads as a count in Vietnamese; "năm 2007" says it is a year.
  return lang === "vi" ? `năm ${y}` : String(y);
}

/** A value a source gives (a disagreement's): a date reads as a date in the reader's language, anything else as written. */
export function formatDataValue(value: string, lang: Lang): string {
  return isPartialDate(value) ? formatDate(value, lang) : value;
}

/**
 * When relations began: the establishment date, or "by <date>" where only evidence of relations is sourced;
 * a date only an encyclopedia gives carries its marker ("15 March 1975 (per Wikipedia)").
 */
export function formatRelationsDate(
  date: string | null,
  existedBy: string | null,
  lang: Lang,
  fromEncyclopedia = false,
): string {
  const t = translator(lang);
  const text = existedBy
    ? t("existedByShort", { date: formatDate(existedBy, lang) })
    : formatDate(date, lang);
  return fromEncyclopedia ? `${text} ${t("encyclopediaMarker")}` : text;
}

export function formatNumber(n: number, lang: Lang): string {
  return formatters[lang].number(n);
}

const REGION_KEYS = Object.keys(en.regions) as (keyof typeof en.regions)[];

/** Region names as the data stores them (English), in the reader's language. */
export function regionName(lang: Lang, region: string): string {
  return (REGION_KEYS as string[]).includes(region)
    ? translator(lang)(`regions.${region as (typeof REGION_KEYS)[number]}`)
    : region;
}

/**
 * A tier step from one tier to another ("Strategic partnership → Comprehensive strategic partnership"), or a
 * step inside the tier said as such, never "tier → the same tier".
 */
export function tierStepText(
  step: { from: string | null; to: string; withinTier: boolean },
  lang: Lang,
): string {
  return step.withinTier
    ? `${translator(lang)("withinTierStep")} (${tierName(lang, step.to)})`
    : `${tierName(lang, step.from)} → ${tierName(lang, step.to)}`;
}

/** A tier step in a few words: "Australia → Strategic partnership", or a step inside the tier said as such. */
export function changeText(change: { to: string; withinTier: boolean }, name: string, lang: Lang): string {
  return change.withinTier
    ? `${name}: ${tierStepText({ ...change, from: change.to }, lang)}`
    : `${name} → ${tierName(lang, change.to)}`;
}

/** An office's dates as precise as their sources; an open end is "present", a missing start says so. */
export function tenureText(tenure: { from: string | null; to: string | null }, lang: Lang): string {
  const t = translator(lang);
  const from = tenure.from ? formatDate(tenure.from, lang) : t("dateNotSourced");
  const to = tenure.to ? formatDate(tenure.to, lang) : tenure.from ? t("inOffice") : t("dateNotSourced");
  return `${from} – ${to}`;
}
