import { memo } from "@/lib/render/render-memo";
import { cachedResponse, etagFor } from "./caching";

/**
 * A page's own data file (`/api/explorer-payload`, `/api/compare-payload`): one JSON answer for every view,
 * serialised once, cacheable like a page. Its shell asks for it with the dataset version in the query (`?v=`),
 * so a new dataset is a new URL; the parameter changes nothing else.
 */
export function dataFileResponse(request: Request, name: string, value: () => unknown): Response {
  return cachedResponse(
    request,
    etagFor([name]),
    memo(name, () => JSON.stringify(value())),
    { "Content-Type": "application/json; charset=utf-8" },
  );
}
