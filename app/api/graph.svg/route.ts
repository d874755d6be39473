import { viewStateOrBadRequest } from "@/lib/http/responses";
import { imageResponse } from "@/lib/render/snapshot";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : imageResponse(request, state, "svg");
}
