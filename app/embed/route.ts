import { compareEmbedHtml } from "@/lib/embed/compare-html";
import { embedHtml, embedParams, EMBED_SCRIPT_HASH, EMBED_STYLE } from "@/lib/embed/html";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { hashedContentSecurityPolicy } from "@/lib/http/security";

export const dynamic = "force-dynamic";

const CSP = hashedContentSecurityPolicy([EMBED_SCRIPT_HASH], "/embed");

/** The embed (or, with `a` and `b`, the comparison embed): one memoised document per view state, which any shared cache may keep (see lib/embed/html.ts). */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const origin = publicOrigin(request.headers);
  // The document's own script and style are part of its bytes: a deployment that changes them changes the tag.
  const etag = etagFor(["embed", EMBED_SCRIPT_HASH, EMBED_STYLE, origin, embedParams(state)]);
  const body =
    state.a && state.b ? compareEmbedHtml(state, state.a, state.b, origin) : embedHtml(state, origin);
  return cachedResponse(request, etag, body, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": CSP,
    ...(forwardedVary() ? { Vary: forwardedVary() ?? "" } : {}),
  });
}
