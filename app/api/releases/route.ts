import { listReleases } from "@/lib/dataset/releases";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** Pinned to a release, the list is what was published up to it: an answer that never changes. */
function releasesUpTo(v: string | null) {
  const all = listReleases();
  const at = v ? all.findIndex((r) => r.version === v) : -1;
  return at >= 0 ? all.slice(at) : all;
}

/**
 * Every release of the dataset, newest first, each with its changelog (contract: Releases). The list grows
 * with each release, so it is cached like the latest data, never as immutable.
 */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  return cachedResponse(request, etagFor(["releases", state.v]), JSON.stringify(releasesUpTo(state.v)), {
    "Content-Type": "application/json; charset=utf-8",
  });
}
