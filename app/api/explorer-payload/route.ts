import { dataFileResponse } from "@/lib/http/data-file";
import { getExplorerPayload } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/**
 * What the explorer's browser code needs (partners' timelines, change days), fetched by the static shell of
 * `/` and preloaded from its head. Out of the page's HTML, each view's page is a few kilobytes instead of eighty.
 */
export function GET(request: Request): Response {
  return dataFileResponse(request, "explorer-payload", getExplorerPayload);
}
