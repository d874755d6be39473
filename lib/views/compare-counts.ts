import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import type { Comparison } from "./compare";

/** A count that undated countries could add to reads "at least" (contract: Lower bounds). */
export function countCellText(lang: Lang, tier: string, count: number, undated: number): string {
  return tier === "none" && undated > 0
    ? translator(lang)("atLeast", { parts: String(count) })
    : String(count);
}

/** The difference between the two dates' counts, signed. */
export function countDifferenceText(before: number, after: number): string {
  return after - before > 0 ? `+${after - before}` : String(after - before);
}

/** What the counts table leaves out, said under it: organisations named, undated countries counted. */
export function compareCountNotes(diff: Comparison, lang: Lang): string[] {
  const t = translator(lang);
  const label = (x: { label: string; labelVi: string }) => (lang === "vi" ? x.labelVi : x.label);
  const list = (names: string[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(names);
  const organisations =
    diff.organisations.length > 0
      ? [
          t("countsOrganisations", {
            names: list(diff.organisations.map(label)),
            count: diff.organisations.length,
          }),
        ]
      : [];
  const undated = (
    [
      [diff.a, diff.undatedA],
      [diff.b, diff.undatedB],
    ] as const
  ).flatMap(([day, count]) =>
    count > 0 ? [t("countsUndated", { date: formatDate(day, lang), count })] : [],
  );
  return [...organisations, ...undated];
}
