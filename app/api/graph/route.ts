import { graphResponse } from "@/lib/export/respond";
import { viewStateOrBadRequest } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : graphResponse(request, state);
}
