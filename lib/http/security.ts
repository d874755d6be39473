/** Security headers shared by every response; only /embed may be framed by other sites. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

export function isFrameablePath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** A page's CSP; `scriptSources` says which scripts may run (a nonce or hashes, never 'unsafe-inline'). */
function pageCsp(scriptSources: string, pathname: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources}`,
    // React and Cytoscape set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isFrameablePath(pathname) ? "*" : "'none'"}`,
  ].join("; ");
}

/** A nonce-based CSP: no inline script runs unless Next.js stamped it with this response's nonce. */
export function contentSecurityPolicy(nonce: string, pathname: string, dev = false): string {
  return pageCsp(`'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, pathname);
}

/**
 * A CSP for a page a shared cache may keep: the same for every request, allowing exactly the inline
 * scripts whose sha256 digests are listed (no nonce, no 'unsafe-inline').
 */
export function hashedContentSecurityPolicy(scriptHashes: readonly string[], pathname: string): string {
  return pageCsp(scriptHashes.map((hash) => `'sha256-${hash}'`).join(" "), pathname);
}

/** For static assets and API answers, which never need scripts. */
export const STATIC_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * The script-free CSP for an answer at `pathname`: under `/embed` any site may frame it, so a host shows an
 * embed's error (a 400, a 404) instead of a blocked frame.
 */
export function staticCspFor(pathname: string): string {
  return isFrameablePath(pathname)
    ? STATIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors *")
    : STATIC_CSP;
}

/** Pages keep their browsing context to themselves (cross-origin popups get no handle on them). */
export const PAGE_ISOLATION_HEADERS: Record<string, string> = {
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Pictures are meant to be shown on other sites: say so explicitly. */
export const SHAREABLE_RESOURCE_HEADERS: Record<string, string> = {
  "Cross-Origin-Resource-Policy": "cross-origin",
};
