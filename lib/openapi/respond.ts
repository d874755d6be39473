import { citedRelease } from "@/lib/cite/release";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { todayInVietnam } from "@/lib/schema/dates";
import { openApiDocument } from "./document";

/** `GET /api/openapi.json`. */
export function openApiResponse(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const origin = publicOrigin(request.headers);
  const version = citedRelease(state.v).version;
  const today = todayInVietnam();
  const vary = forwardedVary();
  return cachedResponse(
    request,
    etagFor(["openapi", origin, version, today], state.v),
    JSON.stringify(openApiDocument({ origin, version, today }), null, 1),
    { "Content-Type": "application/json; charset=utf-8" },
    vary ? { vary } : {},
  );
}
