/** Every route is read-only: these are the only methods any path answers. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export interface Rejection {
  status: 400 | 405;
  headers: Record<string, string>;
  body: { error: string; issues: { path: string; message: string }[] };
}

/**
 * Refuses what no route can answer before any route runs: a method other than GET/HEAD (405 with
 * `Allow`), or a path whose percent-encoding is not UTF-8 (400), which would otherwise throw deep in
 * the router.
 */
export function rejectRequest(method: string, rawPathname: string): Rejection | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return {
      status: 405,
      headers: { Allow: ALLOWED_METHODS.join(", ") },
      body: {
        error: "That method is not allowed: Bamboo answers GET and HEAD only.",
        issues: [{ path: "method", message: "must be GET or HEAD" }],
      },
    };
  }
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
