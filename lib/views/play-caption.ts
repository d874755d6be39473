import type { PartnerTimeline } from "@/lib/graph/timeline";
import { formatDate } from "@/lib/i18n/messages";
import { shortTierName } from "@/lib/scene/captions";
import type { TierCode } from "@/lib/schema/tiers";
import type { Lang } from "@/lib/schema/view-state";

/** One partner's step that takes effect on a day, with its date as the source gives it ("2007", "2008-05"). */
export interface StepOnDay {
  /** The partner that stepped. */
  key: string;
  date: string;
  text: string;
}

/** One partner's step in a line: "United States: comprehensive → comprehensive strategic", "… (same tier)". */
export function stepText(
  name: string,
  before: TierCode | null,
  after: TierCode,
  lang: Lang,
  arrow = "→",
): string {
  const from = shortTierName(lang, before ?? "none").toLocaleLowerCase(lang);
  const to = shortTierName(lang, after).toLocaleLowerCase(lang);
  const same = lang === "vi" ? "cùng cấp" : "same tier";
  return before === after ? `${name}: ${to} (${same})` : `${name}: ${from} ${arrow} ${to}`;
}

/**
 * Each partner's step on a day, as "United States: comprehensive → comprehensive strategic". A picture
 * drawn with the bundled font, which has no arrow, passes its own `arrow`.
 */
export function stepsOn(
  partners: readonly PartnerTimeline[],
  day: string,
  lang: Lang,
  arrow = "→",
): StepOnDay[] {
  return partners.flatMap((p) =>
    p.steps.flatMap((step, i) => {
      if (step.effective !== day) return [];
      const name = lang === "vi" ? p.labelVi : p.label;
      const text = stepText(name, p.steps[i - 1]?.tier ?? null, step.tier, lang, arrow);
      return [{ key: p.key, date: step.date, text }];
    }),
  );
}

/**
 * The date to write for a day's changes: the date their source gives when they all share it (a step dated
 * "2007" counts from 31 December 2007 but is written "2007"), else the day itself.
 */
export function shownDateOf(steps: readonly StepOnDay[], day: string): string {
  const dates = new Set(steps.map((s) => s.date));
  const [only] = dates;
  return dates.size === 1 && only !== undefined ? only : day;
}

/**
 * Each step's text, prefixed with its own date where it differs from the date written for the day (a day
 * holding a step dated "2007" and another dated 31 December 2007).
 */
export function stepTexts(steps: readonly StepOnDay[], shownDate: string, lang: Lang): string[] {
  return steps.map((s) => (s.date === shownDate ? s.text : `${formatDate(s.date, lang)}: ${s.text}`));
}

/**
 * What changed on a day, as one line for a picture being played: "10 September 2023 — United States:
 * comprehensive → comprehensive strategic", the date as precise as the source ("2007 — …", "May 2008 — …").
 * A step inside the same tier reads "… (same tier)". Null when nothing changed that day.
 */
export function changeCaption(partners: readonly PartnerTimeline[], day: string, lang: Lang): string | null {
  const steps = stepsOn(partners, day, lang);
  if (steps.length === 0) return null;
  const shown = shownDateOf(steps, day);
  return `${formatDate(shown, lang)} — ${stepTexts(steps, shown, lang).join("; ")}`;
}
