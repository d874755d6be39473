import { z } from "zod";
import { rowSchema } from "@/lib/export/columns";
import { TOTALS_COLUMNS } from "@/lib/export/totals-csv";

/** `GET /api/totals?format=json`: the CSV's rows as objects, fields named and typed by the same columns. */
export const TotalsAnswer = z.object({ count: z.number().int(), totals: z.array(rowSchema(TOTALS_COLUMNS)) });
