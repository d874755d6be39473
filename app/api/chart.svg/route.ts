import { viewStateOrBadRequest } from "@/lib/http/responses";
import { chartResponse } from "@/lib/render/chart-picture";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : chartResponse(request, state, "svg");
}
