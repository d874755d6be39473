import { badRequest, viewStateOrBadRequest } from "@/lib/http/responses";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { InvalidQueryError } from "@/lib/schema/view-state";
import { filterChanges } from "@/lib/views/changes";
import { getChanges } from "@/lib/views/payload";
import { changesToCsv, mostCitations } from "@/lib/export/changes-csv";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json"] as const;

/**
 * Every step of every partner's history with its sources (contract: Every change, as data), as CSV or JSON;
 * `from`/`to` bound the steps' effective days, `tiers` keeps steps entering or leaving those tiers, `focus`
 * keeps one partner's steps (or a leader's, or an event's).
 */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const format = state.format;
  if (format !== "csv" && format !== "json")
    return badRequest(
      new InvalidQueryError([{ path: "format", message: `must be one of ${FORMATS.join(", ")} here` }]),
    );
  const query = {
    from: state.from ?? null,
    to: state.to ?? null,
    tiers: state.tiers,
    focus: state.focus,
  };
  const all = getChanges(state.v);
  const rows = filterChanges(all, query);
  const etag = etagFor(["changes", query, format, state.lang], state.v);
  const pinned = { release: state.v };
  if (format === "csv") {
    const focus = query.focus?.replace(/^(leader|event):/, "");
    const name = ["bamboo-vietnam-changes", focus, query.from, query.to].filter(Boolean).join("-");
    return cachedResponse(
      request,
      etag,
      changesToCsv(rows, mostCitations(all), state.lang),
      {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
      },
      pinned,
    );
  }
  return cachedResponse(
    request,
    etag,
    JSON.stringify({ ...query, count: rows.length, changes: rows }),
    { "Content-Type": "application/json; charset=utf-8" },
    pinned,
  );
}
