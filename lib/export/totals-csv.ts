import type { Reconciliation, ReconciledCount } from "@/lib/views/totals";
import { csvFromColumns, type Column } from "./columns";

/** One count of one official statement, beside what the dataset counts on that statement's day. */
export type TotalsCsvRow = { statement: Reconciliation; count: ReconciledCount };

export const TOTALS_COLUMNS: readonly Column<TotalsCsvRow>[] = [
  {
    name: "statementId",
    type: "string",
    description: "the statement's id in data/totals.json",
    value: (r) => r.statement.statement.id,
  },
  {
    name: "date",
    type: "string",
    description: "the statement's date as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD",
    value: (r) => r.statement.statement.date,
  },
  {
    name: "comparedOn",
    type: "date",
    description: "the day the dataset is counted on",
    value: (r) => r.statement.day,
  },
  {
    name: "speaker",
    type: "string",
    description: "who made the statement, where known",
    value: (r) => r.statement.statement.speaker,
  },
  {
    name: "measure",
    type: "string",
    description: "what is counted (relations, a tier, strategicOrAbove …)",
    value: (r) => r.count.measure,
  },
  {
    name: "stated",
    type: "integer",
    description: "the count the statement gives",
    value: (r) => r.count.stated,
  },
  {
    name: "dataset",
    type: "integer",
    description: "the count in the dataset on that day",
    value: (r) => r.count.dataset,
  },
  {
    name: "matches",
    type: "boolean",
    description: "whether the two counts are equal",
    value: (r) => r.count.matches,
  },
  {
    name: "expectedMismatch",
    type: "string",
    description: "why the dataset cannot match, where a statement is known to count differently",
    value: (r) => r.statement.statement.expectedMismatch ?? null,
  },
  {
    name: "sourceUrl",
    type: "string",
    description: "the first citation's address",
    value: (r) => r.statement.citations[0]?.url ?? null,
  },
  {
    name: "quote",
    type: "string",
    description: "the first citation's verbatim quote",
    value: (r) => r.statement.citations[0]?.quote ?? null,
  },
];

/** One row per stated count. */
export function totalsRows(reconciled: readonly Reconciliation[]): TotalsCsvRow[] {
  return reconciled.flatMap((statement) => statement.counts.map((count) => ({ statement, count })));
}

/** Every official total reconciled against the dataset, one row per stated count. */
export function totalsToCsv(reconciled: readonly Reconciliation[]): string {
  return csvFromColumns(TOTALS_COLUMNS, totalsRows(reconciled));
}
