import { getDataset } from "@/lib/dataset";
import { rowObjects } from "@/lib/export/columns";
import { TOTALS_COLUMNS, totalsRows, totalsToCsv } from "@/lib/export/totals-csv";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { badRequest, viewStateOrBadRequest } from "@/lib/http/responses";
import { InvalidQueryError } from "@/lib/schema/view-state";
import { reconcileTotals } from "@/lib/views/totals";

/**
 * `GET /api/totals?format=csv|json`: one row per count an official statement gives, beside the dataset's
 * count on that day. CSV and JSON have the same fields, from the same column definitions.
 */
export function totalsResponse(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  if (state.format !== "csv" && state.format !== "json")
    return badRequest(new InvalidQueryError([{ path: "format", message: "must be one of csv, json here" }]));
  const reconciled = reconcileTotals(getDataset(state.v));
  const etag = etagFor(["totals", state.format], state.v);
  const pinned = { release: state.v };
  if (state.format === "csv")
    return cachedResponse(
      request,
      etag,
      totalsToCsv(reconciled),
      {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="bamboo-vietnam-totals.csv"',
      },
      pinned,
    );
  const totals = rowObjects(TOTALS_COLUMNS, totalsRows(reconciled));
  return cachedResponse(
    request,
    etag,
    JSON.stringify({ count: totals.length, totals }),
    { "Content-Type": "application/json; charset=utf-8" },
    pinned,
  );
}
