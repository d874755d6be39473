import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Every partner's tier changes, newest first (contract: Feeds). */
export function GET(request: Request): Response {
  return feedResponse(request, null, "json");
}
