import type { Lang } from "@/lib/schema/view-state";
import type { ChangeRow } from "@/lib/views/changes";
import { csvDocument, csvField } from "./csv";

const COLUMNS = [
  "date",
  "datePrecision",
  "effectiveFrom",
  "key",
  "kind",
  "name",
  "nameVi",
  "tierBefore",
  "tierAfter",
  "change",
  "officialName",
  "officialNameVi",
  "leaderIds",
  "leaders",
  "eventId",
  "event",
  "eventVi",
  "note",
] as const;

/**
 * One row per step. Headers are stable English identifiers whatever `lang` is (scripts read them); `lang`
 * picks the language of the `leaders` text (names and offices). Every citation takes three columns
 * (publisher, URL, quote), as many triples as the step with the most citations in the whole dataset, so the
 * columns never depend on a filter.
 */
export function changesToCsv(rows: readonly ChangeRow[], citationColumns: number, lang: Lang): string {
  const citationHeaders = Array.from({ length: citationColumns }, (_, i) => [
    `citation${i + 1}Publisher`,
    `citation${i + 1}Url`,
    `citation${i + 1}Quote`,
  ]).flat();
  const lines = [[...COLUMNS, ...citationHeaders].map(csvField).join(",")];
  for (const r of rows) {
    const leaders = r.leaders.map((l) => {
      const name = lang === "vi" && l.nameVi ? l.nameVi : l.name;
      const role = lang === "vi" && l.roleVi ? l.roleVi : l.role;
      return role ? `${name} (${role})` : name;
    });
    const citations = Array.from({ length: citationColumns }, (_, i) => {
      const c = r.citations[i];
      return c ? [c.publisher, c.url, c.quote] : [null, null, null];
    }).flat();
    lines.push(
      [
        r.date,
        r.precision,
        r.effective,
        r.key,
        r.kind,
        r.name,
        r.nameVi,
        r.tierBefore ?? "",
        r.tierAfter,
        r.change,
        r.officialName,
        r.officialNameVi,
        r.leaders.map((l) => l.id).join("; "),
        leaders.join("; "),
        r.event?.id ?? null,
        r.event?.title ?? null,
        r.event?.titleVi ?? null,
        r.note,
        ...citations,
      ]
        .map(csvField)
        .join(","),
    );
  }
  return csvDocument(lines);
}
