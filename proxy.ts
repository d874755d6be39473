import { NextResponse, type NextRequest } from "next/server";
import { BASE_SECURITY_HEADERS, contentSecurityPolicy, STATIC_CSP } from "@/lib/http/security";
import { InvalidQueryError, parseViewState } from "@/lib/schema/view-state";

/**
 * Every request passes here: a bad query parameter gets the contract's 400 before any page renders,
 * and every response gets its security headers (a fresh script nonce for pages).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  let lang: string;
  let theme: string;
  try {
    ({ lang, theme } = parseViewState(searchParams, {
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
    const response = NextResponse.json(body, { status: 400 });
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
    response.headers.set("Content-Security-Policy", STATIC_CSP);
    return response;
  }

  const dev = process.env.NODE_ENV === "development";
  // `/` and the embed are cacheable documents with their own hashed CSP (app/route.ts, app/embed/route.ts);
  // the dev server has no prerendered shell, so it renders the explorer's shell page directly.
  if ((pathname === "/" && !dev) || pathname === "/embed") {
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
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
  return response;
}

/** The explorer's shell is served only as `/` (app/route.ts); asked for by name it is not found. */
function rewriteTarget(pathname: string, dev: boolean): string | null {
  if (pathname === "/" && dev) return "/explorer-shell";
  if (pathname === "/explorer-shell" && !dev) return "/_not-found";
  return null;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
