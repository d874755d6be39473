import { cachedResponse, etagFor } from "@/lib/http/caching";
import { getLeaderLinks } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/** Every leader and the tier changes they took part in: what the explorer needs to draw leader nodes. */
export function GET(request: Request): Response {
  return cachedResponse(request, etagFor(["leader-links"]), JSON.stringify(getLeaderLinks()), {
    "Content-Type": "application/json; charset=utf-8",
  });
}
