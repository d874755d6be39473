import type http from "node:http";
import sirv from "sirv";
import { BASE_SECURITY_HEADERS, STATIC_CSP } from "./security";

const PREFIX = "/_next/static/";
const YEAR_S = 31_536_000;

/** Answers a request itself (true) or leaves it to Next (false). */
export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

/**
 * Next's hashed build files (`/_next/static/…`) from the Brotli and gzip copies scripts/postbuild.ts made:
 * Next would compress each script again on every request, on the same two cores the browser needs. sirv
 * picks the copy the client accepts, answers If-None-Match, and knows only the files present at start.
 * Anything it does not have goes on to Next, which answers with the same headers.
 */
export function precompressedAssets(staticDir: string): RequestHandler {
  const serve = sirv(staticDir, {
    brotli: true,
    gzip: true,
    etag: true,
    maxAge: YEAR_S,
    immutable: true,
    extensions: [],
    dev: false,
  });
  const headers = { ...BASE_SECURITY_HEADERS, "Content-Security-Policy": STATIC_CSP };
  return (request, response) => {
    const url = request.url ?? "";
    if (!url.startsWith(PREFIX) || (request.method !== "GET" && request.method !== "HEAD")) return false;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    let served = true;
    // sirv looks a file up synchronously (its list is built at start): `next` runs before it returns.
    request.url = url.slice(PREFIX.length - 1);
    serve(request, response, () => {
      served = false;
    });
    request.url = url;
    return served;
  };
}
