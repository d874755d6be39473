import { memo } from "@/lib/render/render-memo";
import { cachedResponse, etagFor } from "./caching";
import { viewStateOrBadRequest } from "./responses";

/**
 * A page's own data file (`/api/explorer-payload`, `/api/compare-payload`): one JSON answer for every view of
 * a release, serialised once, cacheable like a page. Its shell asks for it with the release in the query
 * (`?v=`), so a new release is a new URL, and a view pinned to an older release asks for that one.
 */
export function dataFileResponse(
  request: Request,
  name: string,
  value: (v: string | null) => unknown,
): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const etag = etagFor([name], state.v);
  return cachedResponse(
    request,
    etag,
    memo(`${name}|${etag}`, () => JSON.stringify(value(state.v))),
    { "Content-Type": "application/json; charset=utf-8" },
    { release: state.v },
  );
}
