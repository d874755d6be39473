import { createHash } from "node:crypto";
import { compareEmbedHtml } from "@/lib/embed/compare-html";
import { embedHtml, embedParams, EMBED_SCRIPT_HASH, EMBED_STYLE } from "@/lib/embed/html";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { hashedContentSecurityPolicy } from "@/lib/http/security";

export const dynamic = "force-dynamic";

const CSP = hashedContentSecurityPolicy([EMBED_SCRIPT_HASH], "/embed");
/** The document's own script and style, digested once: a deployment that changes them changes every tag. */
const CODE_DIGEST = createHash("sha256").update(EMBED_SCRIPT_HASH).update(EMBED_STYLE).digest("base64url");

/** The embed (or, with `a` and `b`, the comparison embed): one memoised document per view state, which any shared cache may keep (see lib/embed/html.ts). */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const origin = publicOrigin(request.headers);
  const etag = etagFor(["embed", CODE_DIGEST, origin, embedParams(state)], state.v);
  const body =
    state.a && state.b ? compareEmbedHtml(state, state.a, state.b, origin) : embedHtml(state, origin);
  return cachedResponse(
    request,
    etag,
    body,
    {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CSP,
      ...(forwardedVary() ? { Vary: forwardedVary() ?? "" } : {}),
    },
    { release: state.v },
  );
}
