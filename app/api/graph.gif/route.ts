import { viewStateOrBadRequest } from "@/lib/http/responses";
import { gifResponse } from "@/lib/render/gif";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The network's history as an animated GIF, a frame per change (contract: "History as an animation"). */
export async function GET(request: Request): Promise<Response> {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : gifResponse(request, state);
}
