import type http from "node:http";
import { BASE_SECURITY_HEADERS, staticCspFor } from "./security";

type HeaderValue = number | string | readonly string[];

/** `writeHead(status, [message], [headers])`: the headers argument as name/value pairs, in either form Node takes. */
function headerPairs(value: unknown): [string, HeaderValue][] {
  if (Array.isArray(value)) {
    // Node's raw form: [name, value, name, value, …] (or [[name, value], …]); a repeated name keeps every value.
    const flat = (value as unknown[]).flat().map(String);
    const grouped = new Map<string, string[]>();
    for (let i = 0; i + 1 < flat.length; i += 2)
      grouped.set(flat[i]!.toLowerCase(), [...(grouped.get(flat[i]!.toLowerCase()) ?? []), flat[i + 1]!]);
    return [...grouped].map(([name, values]) => [name, values.length === 1 ? values[0]! : values]);
  }
  return value && typeof value === "object" ? (Object.entries(value) as [string, HeaderValue][]) : [];
}

const isStrong = (etag: string) => etag.startsWith('"');

/**
 * The ETag an answer goes out with. Gzip and identity bodies are different bytes, so they must not share one
 * strong validator (RFC 9110 §8.8.3): an encoded body's is made weak (`W/"x"`), which the app's weak
 * If-None-Match comparison still matches. A 304 has no body to encode: it echoes the weak form when that is
 * the one the client holds.
 */
export function outgoingEtag(
  etag: string,
  status: number,
  contentEncoding: string | null,
  ifNoneMatch: string | null,
): string {
  if (!isStrong(etag)) return etag;
  if (contentEncoding && contentEncoding !== "identity") return `W/${etag}`;
  if (status === 304 && ifNoneMatch?.split(",").some((tag) => tag.trim() === `W/${etag}`)) return `W/${etag}`;
  return etag;
}

/**
 * Completes every answer's headers just before they are written, whoever wrote them (Next's trailing-slash
 * 308, its compression, a route's error): the security headers it lacks (the CSP frameable only under
 * `/embed`), `Vary: Accept-Encoding` on an encoded body, and an ETag that tells encoded bytes from plain ones.
 * Installed on the response before anything else sees it, so Next's compression, which sets
 * Content-Encoding in its own writeHead wrapper, has done so by the time this one runs.
 */
export function completeHeaders(request: http.IncomingMessage, response: http.ServerResponse): void {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  const writeHead = response.writeHead;
  response.writeHead = function completedWriteHead(this: http.ServerResponse, ...args: unknown[]) {
    const [status, second, third] = args;
    const message = typeof second === "string" ? second : undefined;
    // Headers given to writeHead itself are set first, so the checks below see them.
    if (!this.headersSent)
      for (const [name, value] of headerPairs(message === undefined ? second : third))
        this.setHeader(name, value);
    if (!this.headersSent) {
      for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS))
        if (!this.hasHeader(name)) this.setHeader(name, value);
      if (!this.hasHeader("content-security-policy"))
        this.setHeader("Content-Security-Policy", staticCspFor(pathname));
      const encoding = this.getHeader("content-encoding");
      const encoded = typeof encoding === "string" && encoding !== "identity" ? encoding : null;
      if (encoded) {
        const vary = String(this.getHeader("vary") ?? "");
        if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
          this.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      }
      const etag = this.getHeader("etag");
      if (typeof etag === "string")
        this.setHeader(
          "ETag",
          outgoingEtag(etag, Number(status), encoded, request.headers["if-none-match"] ?? null),
        );
    }
    const rest = message === undefined ? [] : [message];
    return Reflect.apply(writeHead, this, [status, ...rest]) as http.ServerResponse;
  } as typeof response.writeHead;
}
