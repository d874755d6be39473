import type { ViewGraph } from "@/lib/graph";
import type { Lang } from "@/lib/schema/view-state";

/**
 * The contract's English column names in every language (only values such as names follow `lang`), then the
 * extensions, then `kind` (`country` or `organisation`), so the EU is told apart from the countries.
 */
export const GRAPH_CSV_COLUMNS = [
  "key",
  "name",
  "tier",
  "tierSince",
  "relationsSince",
  "relationsExistedBy",
  "tierSincePrecision",
  "relationsSincePrecision",
  "kind",
] as const;

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

/**
 * One row per partner country or organisation: the contract's key, name, tier, tierSince, relationsSince,
 * then (extensions) relationsExistedBy for countries whose establishment date is not sourced (as the source
 * gives it), and how precisely the sources date tierSince and relationsSince ("day", "month", "year"): a date
 * known to the year is written as its last day, 1950-12-31, which the precision column qualifies; last, the
 * node's kind.
 */
export function graphToCsv(graph: ViewGraph, lang: Lang): string {
  const lines = [GRAPH_CSV_COLUMNS.map(csvField).join(",")];
  graph.forEachNode((key, a) => {
    if (a.kind !== "country" && a.kind !== "organisation") return;
    lines.push(
      [
        key,
        lang === "vi" ? a.labelVi : a.label,
        a.tier,
        a.tierSince,
        a.relationsSince,
        a.relationsExistedBy,
        a.tierSincePrecision,
        a.relationsSincePrecision,
        a.kind,
      ]
        .map(csvField)
        .join(","),
    );
  });
  return csvDocument(lines);
}
