import { cachedResponse, etagFor } from "@/lib/http/caching";
import { memo } from "@/lib/render/render-memo";
import { getExplorerPayload } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/**
 * What the explorer's browser code needs (partners' timelines, change days), fetched by the static shell of
 * `/` and preloaded from its head. Out of the page's HTML it is one cacheable file for every view, and each
 * view's page is a few kilobytes instead of eighty. The shell asks for it with the dataset version in the
 * query (`?v=`), so a new dataset is a new URL; the parameter changes nothing else.
 */
export function GET(request: Request): Response {
  return cachedResponse(
    request,
    etagFor(["explorer-payload"]),
    memo("explorer-payload", () => JSON.stringify(getExplorerPayload())),
    { "Content-Type": "application/json; charset=utf-8" },
  );
}
