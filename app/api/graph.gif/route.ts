import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { animationParams, animationSpan, cachedGif } from "@/lib/render/gif";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The network's history as an animated GIF, a frame per change (contract: "History as an animation"). */
export async function GET(request: Request): Promise<Response> {
  const state = viewStateOrBadRequest(request);
  if (state instanceof Response) return state;
  const etag = etagFor(["gif", animationParams(state)]);
  const { from, to } = animationSpan(state);
  const headers = {
    "Content-Type": "image/gif",
    "Content-Disposition": `inline; filename="bamboo-vietnam-partners-${from}-${to}.gif"`,
  };
  // Only the render is skipped on a 304; the ETag is computed from parameters alone.
  if (request.headers.get("if-none-match") === etag) return cachedResponse(request, etag, "", headers);
  const body = await cachedGif(etag, state);
  return cachedResponse(request, etag, new Uint8Array(body), headers);
}
