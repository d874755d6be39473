import { viewStateOrBadRequest } from "@/lib/http/responses";
import { imageResponse } from "@/lib/render/snapshot";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : imageResponse(request, state, "png");
}
