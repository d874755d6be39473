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
}

/**
 * Says what it counts. Unfiltered: countries with diplomatic relations (organisations are never countries),
 * then partners with a framework by tier. Filtered: the partners of the chosen tiers ("15 comprehensive
 * strategic partners as of …"), with any organisation among them named.
 */
export function headlineFor(
  partners: readonly HeadlinePartner[],
  tiers: readonly TierFilterCode[] | null,
  asOf: string,
  lang: Lang,
): Headline {
  const t = translator(lang);
  const date = formatDate(asOf, lang);
  const list = (parts: string[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(parts);
  const inView = partners.filter((p) => !tiers || tiers.includes(p.tier ?? "none"));
  const count = (tier: TierFilterCode) => inView.filter((p) => (p.tier ?? "none") === tier).length;
  const tierParts = (codes: readonly TierFilterCode[]) =>
    codes.flatMap((tier) => {
      const n = count(tier);
      return n > 0 || tiers ? [t(`tierPartners.${tier}`, { count: n })] : [];
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
      title: t("headlineFiltered", { parts: list(tierParts(chosen)), date }),
      detail: organisationNote.trim(),
      count: inView.length,
    };
  }
  const countries = inView.filter((p) => p.kind === "country").length;
  const frameworks = tierParts(TIER_FILTER_CODES.filter((code) => code !== "none"));
  return {
    title: t("headlineRelations", { count: countries, date }),
    detail:
      (frameworks.length ? t("headlineFrameworks", { parts: list(frameworks) }) : t("headlineNoFramework")) +
      organisationNote,
    count: countries,
  };
}
