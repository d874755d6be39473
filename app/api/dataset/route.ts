import { citedRelease } from "@/lib/cite/release";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { datasetJson } from "@/lib/reuse/release-files";

export const dynamic = "force-dynamic";

/**
 * The whole validated dataset of a release (`v`, else the latest) as one JSON file: relationships, leaders,
 * events, sources, totals, and `release`, the version it is (the same file as dataset.zip's dataset.json).
 */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const release = citedRelease(state.v);
  return cachedResponse(
    request,
    etagFor(["dataset"], state.v),
    datasetJson(release),
    {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="bamboo-dataset-${release.version}.json"`,
    },
    { release: state.v },
  );
}
