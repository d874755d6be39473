import type { PartnerTimeline } from "@/lib/graph/timeline";
import { formatDate } from "@/lib/i18n/messages";
import { shortTierName } from "@/lib/scene/captions";
import type { Lang } from "@/lib/schema/view-state";

/**
 * Each partner's step on a day, as "United States: comprehensive → comprehensive strategic". A picture
 * drawn with the bundled font, which has no arrow, passes its own `arrow`.
 */
export function changesOn(
  partners: readonly PartnerTimeline[],
  day: string,
  lang: Lang,
  arrow = "→",
): string[] {
  return partners.flatMap((p) =>
    p.steps.flatMap((step, i) => {
      if (step.effective !== day) return [];
      const before = p.steps[i - 1]?.tier ?? "none";
      const name = lang === "vi" ? p.labelVi : p.label;
      const from = shortTierName(lang, before).toLocaleLowerCase(lang);
      const to = shortTierName(lang, step.tier).toLocaleLowerCase(lang);
      const same = lang === "vi" ? "cùng cấp" : "same tier";
      return [before === step.tier ? `${name}: ${to} (${same})` : `${name}: ${from} ${arrow} ${to}`];
    }),
  );
}

/**
 * What changed on a day, as one line for a picture being played: "10 September 2023 — United States:
 * comprehensive → comprehensive strategic". A step inside the same tier reads "… (same tier)". Null when
 * nothing changed that day.
 */
export function changeCaption(partners: readonly PartnerTimeline[], day: string, lang: Lang): string | null {
  const parts = changesOn(partners, day, lang);
  return parts.length > 0 ? `${formatDate(day, lang)} — ${parts.join("; ")}` : null;
}
