import { viewStateOrBadRequest } from "@/lib/http/responses";
import { lessonResponse } from "@/lib/lesson/response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A PowerPoint deck of the network's history over a period, for a lesson (contract: "Lesson deck"). */
export async function GET(request: Request): Promise<Response> {
  const state = viewStateOrBadRequest(request);
  return state instanceof Response ? state : lessonResponse(request, state);
}
