import { createHash } from "node:crypto";
import { isPinned } from "@/lib/dataset/releases";
import { getDatasetVersion } from "@/lib/dataset/version";

import { CACHE_CONTROL } from "./cache-control";

export { CACHE_CONTROL };

/** A pinned release never changes: its answers may be kept for a year and never revalidated. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * An ETag that changes only when the dataset or the request's parameters change. With `v` (a release) it
 * names that release, so a pinned answer keeps its ETag however many releases follow.
 */
export function etagFor(parts: readonly unknown[], v: string | null = null): string {
  const hash = createHash("sha256")
    .update(getDatasetVersion(v))
    .update(JSON.stringify(parts))
    .digest("base64url");
  return `"${hash.slice(0, 27)}"`;
}

const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*` matches any
 * current representation.
 */
export function clientHasCurrent(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  const ours = opaqueTag(etag);
  return header.split(",").some((tag) => opaqueTag(tag) === ours);
}

export interface CacheOptions {
  /** Request headers the body depends on (e.g. Accept-Language when no `lang` is given). */
  vary?: string;
  /** The release the answer is pinned to (`v`), if any: a pinned answer is immutable. */
  release?: string | null;
}

/** Answers 304 when the client already has these bytes, otherwise the body with cache headers. */
export function cachedResponse(
  request: Request,
  etag: string,
  body: BodyInit,
  headers: Record<string, string>,
  options: CacheOptions = {},
): Response {
  const cacheControl = isPinned(options.release) ? IMMUTABLE_CACHE_CONTROL : CACHE_CONTROL;
  const common: Record<string, string> = { ETag: etag, "Cache-Control": cacheControl };
  if (options.vary) common.Vary = options.vary;
  if (clientHasCurrent(request, etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...headers, ...common } });
}
