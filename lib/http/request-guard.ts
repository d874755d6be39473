/** Every route is read-only: these are the only methods any path answers. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/**
 * The longest request target answered (8 KiB, nginx's own default line buffer): the longest real view URL,
 * every parameter at its limit, is well under it. Longer is a 414.
 */
export const MAX_URL_BYTES = 8192;

export interface Rejection {
  status: 400 | 405 | 414 | 431;
  headers: Record<string, string>;
  body: { error: string; issues: { path: string; message: string }[] };
}

/**
 * Refuses what no route can answer before any route runs: a method other than GET/HEAD (405 with
 * `Allow`), or a path whose percent-encoding is not UTF-8 (400), which would otherwise throw deep in
 * the router.
 */
export function rejectRequest(method: string, rawPathname: string): Rejection | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) return METHOD_NOT_ALLOWED;
  try {
    decodeURIComponent(rawPathname);
  } catch {
    return {
      status: 400,
      headers: {},
      body: {
        error: "The path is not valid percent-encoded UTF-8.",
        issues: [{ path: "path", message: "is not valid UTF-8 percent-encoding" }],
      },
    };
  }
  return null;
}

export const METHOD_NOT_ALLOWED: Rejection = {
  status: 405,
  headers: { Allow: ALLOWED_METHODS.join(", ") },
  body: {
    error: "That method is not allowed: Bamboo answers GET and HEAD only.",
    issues: [{ path: "method", message: "must be GET or HEAD" }],
  },
};

export const URI_TOO_LONG: Rejection = {
  status: 414,
  headers: {},
  body: {
    error: `The address is too long: Bamboo reads addresses of at most ${MAX_URL_BYTES} bytes.`,
    issues: [{ path: "url", message: `must be at most ${MAX_URL_BYTES} bytes` }],
  },
};

export const HEADERS_TOO_LARGE: Rejection = {
  status: 431,
  headers: {},
  body: {
    error: "The request's headers are too large.",
    issues: [{ path: "headers", message: "are larger than the server reads" }],
  },
};

/**
 * What a request Node stopped reading because its head outgrew the limit gets: 414 if the request line
 * itself was still unfinished or too long (the address is at fault), else 431 (the headers are).
 */
export function oversizeRejection(rawHead: Buffer | undefined): Rejection {
  const lineEnd = rawHead ? rawHead.indexOf("\r\n") : -1;
  return lineEnd < 0 || lineEnd > MAX_URL_BYTES ? URI_TOO_LONG : HEADERS_TOO_LARGE;
}
