import type { ExplorerPayload } from "./payload";

// Browser-safe: no dataset or file access here, unlike ./payload.

/** The shape of an explorer payload fetched by the browser (our own answer; checked before it is used). */
export function isExplorerPayload(value: unknown): value is ExplorerPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.partners) && Array.isArray(v.changeDays) && typeof v.firstDay === "string";
}

/** Where the explorer's shell fetches its payload: a new dataset is a new address. */
export function explorerPayloadUrl(datasetVersion: string): string {
  return `/api/explorer-payload?v=${encodeURIComponent(datasetVersion)}`;
}
