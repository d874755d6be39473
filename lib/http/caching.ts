import { createHash } from "node:crypto";
import { getDatasetVersion } from "@/lib/dataset/version";

import { CACHE_CONTROL } from "./cache-control";

export { CACHE_CONTROL };

/** An ETag that changes only when the dataset or the request's parameters change. */
export function etagFor(parts: readonly unknown[]): string {
  const hash = createHash("sha256")
    .update(getDatasetVersion())
    .update(JSON.stringify(parts))
    .digest("base64url");
  return `"${hash.slice(0, 27)}"`;
}

/** Answers 304 when the client already has these bytes, otherwise the body with cache headers. */
export function cachedResponse(
  request: Request,
  etag: string,
  body: BodyInit,
  headers: Record<string, string>,
): Response {
  const common = { ETag: etag, "Cache-Control": CACHE_CONTROL };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { status: 200, headers: { ...headers, ...common } });
}
