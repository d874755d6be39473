import type { ComparePayload, ExplorerPayload } from "./payload";

// Browser-safe: no dataset or file access here, unlike ./payload.

/** The shape of an explorer payload fetched by the browser (our own answer; checked before it is used). */
export function isExplorerPayload(value: unknown): value is ExplorerPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.partners) && Array.isArray(v.changeDays) && typeof v.firstDay === "string";
}

/** The shape of a comparison payload: an explorer payload with every partner's ladder and the leaders. */
export function isComparePayload(value: unknown): value is ComparePayload {
  if (!isExplorerPayload(value)) return false;
  const v = value as unknown as Record<string, unknown>;
  return typeof v.ladders === "object" && v.ladders !== null && Array.isArray(v.leaders);
}

/** Where the explorer's shell fetches its payload: a new dataset is a new address. */
export function explorerPayloadUrl(datasetVersion: string): string {
  return `/api/explorer-payload?v=${encodeURIComponent(datasetVersion)}`;
}

/** Where the comparison's shell fetches its payload, by dataset version like the explorer's. */
export function comparePayloadUrl(datasetVersion: string): string {
  return `/api/compare-payload?v=${encodeURIComponent(datasetVersion)}`;
}
