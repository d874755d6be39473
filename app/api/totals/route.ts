import { totalsResponse } from "@/lib/reuse/totals-response";

export const dynamic = "force-dynamic";

/** Every official total reconciled against the dataset, as CSV or JSON. */
export function GET(request: Request): Response {
  return totalsResponse(request);
}
