import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
import { cachedResponse, etagFor } from "@/lib/http/caching";

export const dynamic = "force-dynamic";

/** The whole validated dataset as one JSON file: relationships, leaders, events, sources, totals. */
export function GET(request: Request): Response {
  return cachedResponse(
    request,
    etagFor(["dataset"]),
    JSON.stringify({ version: getDatasetVersion(), ...getDataset() }, null, 1),
    {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="bamboo-dataset-${getDatasetVersion()}.json"`,
    },
  );
}
