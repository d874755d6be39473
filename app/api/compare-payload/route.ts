import { dataFileResponse } from "@/lib/http/data-file";
import { getComparePayload } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/**
 * What `/compare`'s static shell needs: the explorer's payload plus every partner's ladder (its tier steps with
 * their citations) and every leader's offices, preloaded from the shell's head.
 */
export function GET(request: Request): Response {
  return dataFileResponse(request, "compare-payload", getComparePayload);
}
