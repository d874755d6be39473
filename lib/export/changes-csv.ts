import type { Lang } from "@/lib/schema/view-state";
import type { ChangeRow } from "@/lib/views/changes";
import { csvFromColumns, type Column } from "./columns";

/** A change row and the language of its `leaders` text. */
export type ChangeCsvRow = { row: ChangeRow; lang: Lang };

const leaderText = ({ row, lang }: ChangeCsvRow): string =>
  row.leaders
    .map((l) => {
      const name = lang === "vi" && l.nameVi ? l.nameVi : l.name;
      const role = lang === "vi" && l.roleVi ? l.roleVi : l.role;
      return role ? `${name} (${role})` : name;
    })
    .join("; ");

const FIXED_COLUMNS: readonly Column<ChangeCsvRow>[] = [
  {
    name: "date",
    type: "string",
    description: "the step's date as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD",
    value: (r) => r.row.date,
  },
  {
    name: "datePrecision",
    type: "string",
    description: "day, month or year",
    value: (r) => r.row.datePrecision,
  },
  {
    name: "effectiveFrom",
    type: "date",
    description:
      "the day the step counts from (the last day of a month or year known only to that precision)",
    value: (r) => r.row.effectiveFrom,
  },
  { name: "key", type: "string", description: "the partner's key (ISO2, or EU)", value: (r) => r.row.key },
  { name: "kind", type: "string", description: "country or organisation", value: (r) => r.row.kind },
  { name: "name", type: "string", description: "the partner's English name", value: (r) => r.row.name },
  {
    name: "nameVi",
    type: "string",
    description: "the partner's Vietnamese name",
    value: (r) => r.row.nameVi,
  },
  {
    name: "tierBefore",
    type: "string",
    description: "tier code before the step; empty for a first framework",
    value: (r) => r.row.tierBefore,
  },
  {
    name: "tierAfter",
    type: "string",
    description: "tier code after the step",
    value: (r) => r.row.tierAfter,
  },
  {
    name: "change",
    type: "string",
    description: "upgrade, downgrade or within-tier",
    value: (r) => r.row.change,
  },
  {
    name: "officialName",
    type: "string",
    description: "the framework's official English name",
    value: (r) => r.row.officialName,
  },
  {
    name: "officialNameVi",
    type: "string",
    description: "the framework's Vietnamese name, where a Vietnamese source gives it",
    value: (r) => r.row.officialNameVi,
  },
  {
    name: "leaderIds",
    type: "string",
    description: "the leaders' ids, separated by '; '",
    value: (r) => r.row.leaders.map((l) => l.id).join("; "),
  },
  {
    name: "leaders",
    type: "string",
    description: "the leaders' names with the office held that day, in the language asked for (lang)",
    value: leaderText,
  },
  { name: "eventId", type: "string", description: "the event's id", value: (r) => r.row.event?.id ?? null },
  {
    name: "event",
    type: "string",
    description: "the event's English title",
    value: (r) => r.row.event?.title ?? null,
  },
  {
    name: "eventVi",
    type: "string",
    description: "the event's Vietnamese title",
    value: (r) => r.row.event?.titleVi ?? null,
  },
  { name: "note", type: "string", description: "a note on the step", value: (r) => r.row.note },
  { name: "noteVi", type: "string", description: "the note in Vietnamese", value: (r) => r.row.noteVi },
];

function citationColumns(n: number): Column<ChangeCsvRow>[] {
  return Array.from({ length: n }, (_, i): Column<ChangeCsvRow>[] => [
    {
      name: `citation${i + 1}Publisher`,
      type: "string",
      description: `citation ${i + 1}: the source's publisher`,
      value: (r) => r.row.citations[i]?.publisher ?? null,
    },
    {
      name: `citation${i + 1}Url`,
      type: "string",
      description: `citation ${i + 1}: the source's address`,
      value: (r) => r.row.citations[i]?.url ?? null,
    },
    {
      name: `citation${i + 1}Quote`,
      type: "string",
      description: `citation ${i + 1}: the verbatim quote (at most 300 characters)`,
      value: (r) => r.row.citations[i]?.quote ?? null,
    },
  ]).flat();
}

/** The most citations any step of the dataset has: the number of citation triples every changes CSV carries. */
export function mostCitations(all: readonly ChangeRow[]): number {
  return Math.max(0, ...all.map((r) => r.citations.length));
}

/**
 * The columns of the changes CSV. Headers are stable English identifiers whatever `lang` is (scripts read
 * them), named as the JSON's fields; `lang` picks the language of the `leaders` text. Every citation takes
 * three columns (publisher, URL, quote), as many triples as the step with the most citations in the whole
 * dataset, so the columns never depend on a filter.
 */
export function changeColumns(citationCount: number): Column<ChangeCsvRow>[] {
  return [...FIXED_COLUMNS, ...citationColumns(citationCount)];
}

export function changesToCsv(rows: readonly ChangeRow[], citationCount: number, lang: Lang): string {
  return csvFromColumns(
    changeColumns(citationCount),
    rows.map((row) => ({ row, lang })),
  );
}
