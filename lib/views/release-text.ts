import { parseBaselineSummary, summariseChanges } from "@/lib/dataset/changelog";
import type { Release, ReleaseChange } from "@/lib/dataset/release-files";
import { LEADER_ROLES, type Dataset } from "@/lib/schema/dataset";
import { tierName, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { localized, type LocalizedText } from "./localized";

/**
 * A release's summary in the reader's language: a summary `npm run release` generated is said again from its
 * counts; an author's own words in their Vietnamese where the release has it, else as written (marked English).
 */
export function releaseSummary(
  release: Pick<Release, "summary" | "summaryVi" | "changes">,
  lang: Lang,
): LocalizedText {
  const t = translator(lang);
  const count = (kind: ReleaseChange["kind"]) => release.changes.filter((c) => c.kind === kind).length;
  if (release.summary === summariseChanges(release.changes))
    return {
      text: t("releaseSummaryChanges", {
        added: count("added"),
        corrected: count("corrected"),
        removed: count("removed"),
      }),
      lang,
    };
  const baseline = parseBaselineSummary(release.summary);
  if (baseline) return { text: t("releaseSummaryBaseline", { ...baseline }), lang };
  return localized(lang, release.summary, release.summaryVi);
}

const ROLES = new Set<string>(LEADER_ROLES);
const FACTS = {
  partner: "partner",
  "relations established": "relations",
  leader: "leader",
  event: "event",
  "official total": "total",
} as const;

/**
 * Which fact a change is about, in the reader's language. The changelog names facts in a small fixed grammar
 * (lib/dataset/changelog.ts): "tier step: strategic (2nd)", "office: prime-minister (1st)", "event", each
 * optionally followed by ": citations". Anything outside it is shown as written, marked English.
 */
export function changeWhat(
  what: string,
  lang: Lang,
  /** The Vietnamese of a disagreement's `about`, where the data has it. */
  aboutVi: (about: string) => string | null = () => null,
): LocalizedText {
  const t = translator(lang);
  const citations = what.endsWith(": citations");
  const fact = citations ? what.slice(0, -": citations".length) : what;
  const said = (text: string) => ({
    text: citations ? t("whatCitations", { fact: text }) : text,
    lang,
  });
  if (fact in FACTS) return said(t("whatFact", { fact: FACTS[fact as keyof typeof FACTS] }));
  const step = /^tier step: ([a-z-]+) \((\d+)(?:st|nd|rd|th)\)$/.exec(fact);
  if (step?.[1] && step[2])
    return said(t("whatTierStep", { tier: tierName(lang, step[1]), ordinal: Number(step[2]) }));
  const office = /^office: ([a-z-]+) \((\d+)(?:st|nd|rd|th)\)$/.exec(fact);
  if (office?.[1] && office[2] && ROLES.has(office[1]))
    return said(
      t("whatOffice", {
        role: t(`roleNames.${office[1] as (typeof LEADER_ROLES)[number]}`),
        ordinal: Number(office[2]),
      }),
    );
  const disagreement = /^disagreement: (.+)$/.exec(fact);
  const about = disagreement?.[1] && (lang === "vi" ? aboutVi(disagreement[1]) : disagreement[1]);
  if (about) return said(t("whatDisagreement", { about }));
  return { text: what, lang: "en" };
}

/** The Vietnamese of each disagreement's `about` the data records, for naming changes to it. */
export function disagreementAboutVi(dataset: Dataset): Record<string, string> {
  return Object.fromEntries(
    dataset.relationships.flatMap((r) =>
      (r.disagreements ?? []).flatMap((d) => (d.aboutVi ? [[d.about, d.aboutVi] as const] : [])),
    ),
  );
}
