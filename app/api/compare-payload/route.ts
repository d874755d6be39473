import { cachedResponse, etagFor } from "@/lib/http/caching";
import { memo } from "@/lib/render/render-memo";
import { getComparePayload } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/**
 * What `/compare`'s static shell needs: the explorer's payload plus every partner's ladder (its tier steps with
 * their citations) and every leader's offices. One cacheable file for every comparison, fetched with the dataset
 * version in the query (`?v=`) like the explorer's, and preloaded from the shell's head.
 */
export function GET(request: Request): Response {
  return cachedResponse(
    request,
    etagFor(["compare-payload"]),
    memo("compare-payload", () => JSON.stringify(getComparePayload())),
    { "Content-Type": "application/json; charset=utf-8" },
  );
}
