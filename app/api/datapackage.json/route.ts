import { dataPackageResponse } from "@/lib/reuse/respond";

export const dynamic = "force-dynamic";

/** The release as a Frictionless Data Package (contract: Citations and reuse). */
export function GET(request: Request): Response {
  return dataPackageResponse(request);
}
