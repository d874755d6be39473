import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/**
 * The whole validated dataset of a release (`v`, else the latest) as one JSON file: relationships, leaders,
 * events, sources, totals, and `release`, the version it is.
 */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const release = getDatasetVersion(state.v);
  return cachedResponse(
    request,
    etagFor(["dataset"], state.v),
    JSON.stringify({ release, version: release, ...getDataset(state.v) }, null, 1),
    {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="bamboo-dataset-${release}.json"`,
    },
    { release: state.v },
  );
}
