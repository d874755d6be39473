import type { CountryNodeAttributes, ViewGraph } from "@/lib/graph";
import type { Lang } from "@/lib/schema/view-state";
import { csvFromColumns, type Column } from "./columns";

/** Quotes every field, and defuses spreadsheet formulas a hostile label could carry. */
export function csvField(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The UTF-8 byte order mark: without it Excel reads a CSV as Windows-1252 and shows "Ãšc" for "Úc". */
export const UTF8_BOM = "\uFEFF";

/** A whole CSV file: BOM, CRLF line ends (RFC 4180), a final line end. */
export function csvDocument(lines: readonly string[]): string {
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

export type GraphCsvRow = { key: string; lang: Lang } & CountryNodeAttributes;

const PRECISION = "how precisely the source dates it: day, month or year";

/**
 * One row per partner country or organisation: the contract's key, name, tier, tierSince, relationsSince,
 * then (extensions) relationsExistedBy for countries whose establishment date is not sourced (as the source
 * gives it), how precisely the sources date tierSince and relationsSince (a date known to the year is written
 * as its last day, 1950-12-31, which the precision column qualifies), and kind (country or organisation).
 * Headers are these English names in every language; `lang` picks the language of `name` only.
 */
export const GRAPH_COLUMNS: readonly Column<GraphCsvRow>[] = [
  {
    name: "key",
    type: "string",
    description: "ISO 3166-1 alpha-2 code (EU for the European Union)",
    value: (r) => r.key,
  },
  {
    name: "name",
    type: "string",
    description: "the partner's name, in English or Vietnamese (lang)",
    value: (r) => (r.lang === "vi" ? r.labelVi : r.label),
  },
  {
    name: "tier",
    type: "string",
    description: "partnership tier code on the view's date; empty: no framework",
    value: (r) => r.tier,
  },
  {
    name: "tierSince",
    type: "date",
    description: "first day of the current tier",
    value: (r) => r.tierSince,
  },
  {
    name: "relationsSince",
    type: "date",
    description: "the day diplomatic relations were established, where a source dates it",
    value: (r) => r.relationsSince,
  },
  {
    name: "relationsExistedBy",
    type: "string",
    description: "where no source dates the establishment: the earliest dated evidence of relations",
    value: (r) => r.relationsExistedBy,
  },
  {
    name: "tierSincePrecision",
    type: "string",
    description: `tierSince: ${PRECISION}`,
    value: (r) => r.tierSincePrecision,
  },
  {
    name: "relationsSincePrecision",
    type: "string",
    description: `relationsSince: ${PRECISION}`,
    value: (r) => r.relationsSincePrecision,
  },
  { name: "kind", type: "string", description: "country or organisation", value: (r) => r.kind },
];

export function graphToCsv(graph: ViewGraph, lang: Lang): string {
  const rows: GraphCsvRow[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "country" || a.kind === "organisation") rows.push({ key, lang, ...a });
  });
  return csvFromColumns(GRAPH_COLUMNS, rows);
}
