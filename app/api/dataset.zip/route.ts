import { datasetZipResponse } from "@/lib/reuse/respond";

export const dynamic = "force-dynamic";

/** The release's files, data package, README and CITATION.cff in one zip (contract: Citations and reuse). */
export function GET(request: Request): Response {
  return datasetZipResponse(request);
}
