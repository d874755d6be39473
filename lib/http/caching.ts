import { createHash } from "node:crypto";
import { getDatasetVersion } from "@/lib/dataset/version";

/** CDN-friendly: fresh for an hour in browsers, a day at the edge, served stale while revalidating. */
export const CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

/** An ETag that changes only when the dataset or the request's parameters change. */
export function etagFor(parts: readonly unknown[]): string {
  const hash = createHash("sha256")
    .update(getDatasetVersion())
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
}

/** Answers 304 when the client already has these bytes, otherwise the body with cache headers. */
export function cachedResponse(
  request: Request,
  etag: string,
  body: BodyInit,
  headers: Record<string, string>,
  options: CacheOptions = {},
): Response {
  const common: Record<string, string> = { ETag: etag, "Cache-Control": CACHE_CONTROL };
  if (options.vary) common.Vary = options.vary;
  if (clientHasCurrent(request, etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...headers, ...common } });
}
