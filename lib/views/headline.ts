import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { TIER_FILTER_CODES, type TierCode, type TierFilterCode } from "@/lib/schema/tiers";

/** What a headline counts: the partners on a date, organisations included but told apart. */
export interface HeadlinePartner {
  kind: "country" | "organisation";
  label: string;
  labelVi: string;
  tier: TierCode | null;
}

export interface Headline {
  /** The sentence the page leads with: countries with relations, or the filtered tiers' partners. */
  title: string;
  /** What the title's numbers are made of: partners per tier, organisations named apart. */
  detail: string;
  /** The number the title leads with (countries, or the filtered partners). */
  count: number;
  /**
   * When the count is only a lower bound (contract: Lower bounds): the sentence saying how many more
   * countries' start of relations is undated; null when the count is exact.
   */
  undatedNote: string | null;
  /** How many undated countries could add to the count (0 when it is exact). */
  undatedCount: number;
}

export interface HeadlineOptions {
  /** Countries whose undated start of relations could add to the count (lib/graph/lower-bound.ts). */
  undatedCount?: number;
  /** The date to write, as precise as its source ("2007"), when it is not the view's day itself. */
  shownDate?: string;
}

/** A title that may begin with "at least …" starts with a capital letter. */
function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * Says what it counts, and that a count is only a lower bound when undated countries could add to it
 * ("At least 166 countries …"; the detail says how many more are undated). Unfiltered: countries with diplomatic relations (organisations are never countries),
 * then partners with a framework by tier. Filtered: the partners of the chosen tiers ("15 comprehensive
 * strategic partners as of …"), with any organisation among them named.
 */
export function headlineFor(
  partners: readonly HeadlinePartner[],
  tiers: readonly TierFilterCode[] | null,
  asOf: string,
  lang: Lang,
  options: HeadlineOptions = {},
): Headline {
  const t = translator(lang);
  const date = formatDate(options.shownDate ?? asOf, lang);
  // An undated country has no framework before its evidence: only a count of those without one can miss it.
  const undated = tiers && !tiers.includes("none") ? 0 : (options.undatedCount ?? 0);
  const undatedNote = undated > 0 ? t("undatedNote", { count: undated }) : null;
  const withNote = (detail: string) => [undatedNote, detail].filter(Boolean).join(" ");
  const list = (parts: string[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(parts);
  const inView = partners.filter((p) => !tiers || tiers.includes(p.tier ?? "none"));
  const count = (tier: TierFilterCode) => inView.filter((p) => (p.tier ?? "none") === tier).length;
  const tierParts = (codes: readonly TierFilterCode[]) =>
    codes.flatMap((tier) => {
      const n = count(tier);
      if (n === 0 && !tiers) return [];
      const part = t(`tierPartners.${tier}`, { count: n });
      return [tier === "none" && undated > 0 ? t("atLeast", { parts: part }) : part];
    });
  const organisations = inView.filter((p) => p.kind === "organisation");
  const organisationNote = organisations.length
    ? ` ${t("headlineOrganisations", {
        count: organisations.length,
        names: list(organisations.map((o) => (lang === "vi" ? o.labelVi : o.label))),
      })}`
    : "";
  if (tiers) {
    const chosen = TIER_FILTER_CODES.filter((code) => tiers.includes(code));
    return {
      title: capitalised(t("headlineFiltered", { parts: list(tierParts(chosen)), date }), lang),
      detail: withNote(organisationNote.trim()),
      count: inView.length,
      undatedNote,
      undatedCount: undated,
    };
  }
  const countries = inView.filter((p) => p.kind === "country").length;
  const frameworks = tierParts(TIER_FILTER_CODES.filter((code) => code !== "none"));
  return {
    title: t(undated > 0 ? "headlineRelationsAtLeast" : "headlineRelations", { count: countries, date }),
    detail: withNote(
      (frameworks.length ? t("headlineFrameworks", { parts: list(frameworks) }) : t("headlineNoFramework")) +
        organisationNote,
    ),
    count: countries,
    undatedNote,
    undatedCount: undated,
  };
}
