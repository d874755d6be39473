/** Security headers shared by every response; only /embed may be framed by other sites. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

export function isFrameablePath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** A nonce-based CSP: no inline script runs unless Next.js stamped it with this response's nonce. */
export function contentSecurityPolicy(nonce: string, pathname: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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

/** For static assets and API answers, which never need scripts. */
export const STATIC_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** Pages keep their browsing context to themselves (cross-origin popups get no handle on them). */
export const PAGE_ISOLATION_HEADERS: Record<string, string> = {
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Pictures are meant to be shown on other sites: say so explicitly. */
export const SHAREABLE_RESOURCE_HEADERS: Record<string, string> = {
  "Cross-Origin-Resource-Policy": "cross-origin",
};
