import { languageVary, viewStateOrBadRequest } from "@/lib/http/responses";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { compareDates } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";
import { comparisonToCsv } from "@/lib/export/compare-csv";

export const dynamic = "force-dynamic";

/** The comparison of two dates as CSV (format=csv) or JSON. */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request);
  if (state instanceof Response) return state;
  const b = state.b ?? state.asOf;
  const a = state.a ?? b;
  const payload = getComparePayload(state.v);
  const diff = compareDates(payload.partners, payload.ladders, a, b, state.tiers);
  const etag = etagFor(["compare", a, b, state.tiers, state.format, state.lang], state.v);
  const options = { ...languageVary(request), release: state.v };
  if (state.format === "csv") {
    return cachedResponse(
      request,
      etag,
      comparisonToCsv(diff, state.lang),
      {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="bamboo-compare-${a}-${b}.csv"`,
      },
      options,
    );
  }
  return cachedResponse(
    request,
    etag,
    JSON.stringify(diff),
    {
      "Content-Type": "application/json; charset=utf-8",
    },
    options,
  );
}
