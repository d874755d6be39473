import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { getLeaderLinks } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/** Every leader and the tier changes they took part in: what the explorer needs to draw leader nodes. */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  return cachedResponse(
    request,
    etagFor(["leader-links"], state.v),
    JSON.stringify(getLeaderLinks(state.v)),
    { "Content-Type": "application/json; charset=utf-8" },
    { release: state.v },
  );
}
