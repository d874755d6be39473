import { z } from "zod";
import { csvDocument, csvField } from "./csv";

/** A Frictionless Table Schema field type (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = "string" | "date" | "integer" | "boolean";

/**
 * One CSV column: its header, what it holds and how a row fills it. The CSV writers and the data package's
 * Table Schemas both read these, so a file's header and its published schema cannot disagree.
 */
export interface Column<Row> {
  name: string;
  type: FieldType;
  description: string;
  value: (row: Row) => string | number | boolean | null;
}

export interface TableSchemaField {
  name: string;
  type: FieldType;
  description: string;
}

export function tableSchemaFields<Row>(columns: readonly Column<Row>[]): TableSchemaField[] {
  return columns.map(({ name, type, description }) => ({ name, type, description }));
}

/** The header row and one line per row, every field quoted (see csvField). */
export function csvFromColumns<Row>(columns: readonly Column<Row>[], rows: Iterable<Row>): string {
  const lines = [columns.map((c) => csvField(c.name)).join(",")];
  for (const row of rows)
    lines.push(
      columns
        .map((c) => {
          const value = c.value(row);
          return csvField(value === null ? null : String(value));
        })
        .join(","),
    );
  return csvDocument(lines);
}

/** The same rows as JSON objects: the CSV's headers as field names, its values typed (null where empty). */
export function rowObjects<Row>(
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
): Record<string, string | number | boolean | null>[] {
  return [...rows].map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row)])));
}

const FIELD_SCHEMAS = {
  string: () => z.string().nullable(),
  date: () => z.string().nullable(),
  integer: () => z.number().int(),
  boolean: () => z.boolean(),
} as const;

/** The JSON object of one row (rowObjects), as a zod schema built from the same columns. */
export function rowSchema<Row>(columns: readonly Column<Row>[]): z.ZodObject {
  return z.object(
    Object.fromEntries(columns.map((c) => [c.name, FIELD_SCHEMAS[c.type]().describe(c.description)])),
  );
}
