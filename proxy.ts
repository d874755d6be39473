import { NextResponse, type NextRequest } from "next/server";
import { rejectRequest } from "@/lib/http/request-guard";
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  PAGE_ISOLATION_HEADERS,
  STATIC_CSP,
  staticCspFor,
} from "@/lib/http/security";
import { badQueryPage, wantsHtmlPage } from "@/lib/http/bad-query-page";
import { InvalidQueryError, parseViewState } from "@/lib/schema/view-state";
import { isKnownRelease } from "@/lib/dataset/releases";
import { unknownReleaseBody } from "@/lib/http/responses";

/** A JSON answer from the proxy itself, with the headers every response carries. */
function proxyAnswer(
  pathname: string,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): NextResponse {
  const response = NextResponse.json(body, { status, headers });
  for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
  response.headers.set("Content-Security-Policy", staticCspFor(pathname));
  return response;
}

/**
 * A query the proxy refuses (400) or a release that does not exist (404): JSON, or a readable page for a
 * browser asking for a page. The answer depends on Accept, so no shared cache may hand one kind to a client
 * that asked for the other.
 */
function queryProblem(
  status: 400 | 404,
  body: { error: string; issues: { path: string; message: string }[] },
  request: NextRequest,
): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const varies = { Vary: "Accept", "Cache-Control": "no-store" };
  if (!wantsHtmlPage(pathname, request.headers.get("accept")))
    return proxyAnswer(pathname, status, body, varies);
  const response = new NextResponse(
    badQueryPage(pathname, searchParams.get("lang") === "vi" ? "vi" : "en", body.error, body.issues),
    { status, headers: { "Content-Type": "text/html; charset=utf-8", ...varies } },
  );
  for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
  // An embed's error page may be framed like the embed, so the host shows the reader what went wrong.
  response.headers.set("Content-Security-Policy", staticCspFor(pathname));
  return response;
}

/** Routes that validate their own query (oEmbed's `format` is not the view state's). */
function validatesOwnQuery(pathname: string): boolean {
  return pathname === "/api/oembed";
}

/**
 * Every request passes here: a bad method, path or query parameter gets its 405/400 before any page
 * renders, and every response gets its security headers (a fresh script nonce for pages).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const rejection = rejectRequest(request.method, pathname);
  if (rejection) return proxyAnswer(pathname, rejection.status, rejection.body, rejection.headers);
  const isApi = pathname.startsWith("/api/");
  let lang = "en";
  let theme = "auto";
  let v: string | null = null;
  try {
    if (!validatesOwnQuery(pathname))
      ({ lang, theme, v } = parseViewState(searchParams, {
        acceptLanguage: request.headers.get("accept-language"),
      }));
  } catch (error) {
    const body =
      error instanceof InvalidQueryError
        ? { error: error.message, issues: error.issues }
        : {
            error: "The query string could not be read.",
            issues: [{ path: "query", message: "is malformed" }],
          };
    return queryProblem(400, body, request);
  }

  if (v && !isKnownRelease(v)) return queryProblem(404, unknownReleaseBody(v), request);

  const dev = process.env.NODE_ENV === "development";
  // `/`, `/compare` and the embed are cacheable documents with their own hashed CSP (app/route.ts,
  // app/compare/route.ts, app/embed/route.ts); the dev server has no prerendered shells, so it renders the
  // shell pages directly.
  if ((SHELLS[pathname] && !dev) || pathname === "/embed") {
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
    // The shells are pages like any other: their window is their own. The embed lives in other sites' frames.
    if (SHELLS[pathname])
      for (const [k, v] of Object.entries(PAGE_ISOLATION_HEADERS)) response.headers.set(k, v);
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = isApi ? STATIC_CSP : contentSecurityPolicy(nonce, pathname, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-bamboo-lang", lang);
  requestHeaders.set("x-bamboo-theme", theme);
  requestHeaders.set("x-bamboo-url", `${pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const target = rewriteTarget(pathname, dev);
  const response = target
    ? NextResponse.rewrite(new URL(target, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
  if (!isApi) for (const [k, v] of Object.entries(PAGE_ISOLATION_HEADERS)) response.headers.set(k, v);
  return response;
}

/** Pages served as a prerendered shell, and the shell each one serves. */
const SHELLS: Record<string, string> = { "/": "/explorer-shell", "/compare": "/compare-shell" };
const SHELL_NAMES = new Set(Object.values(SHELLS));

/** A shell is served only at its page's address (app/route.ts, app/compare/route.ts); by name it is not found. */
function rewriteTarget(pathname: string, dev: boolean): string | null {
  if (dev) return SHELLS[pathname] ?? null;
  return SHELL_NAMES.has(pathname) ? "/_not-found" : null;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
