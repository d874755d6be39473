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

  // The embed is a cacheable document with its own hashed CSP (app/embed/route.ts): no nonce.
  if (pathname === "/embed") {
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = isApi
    ? STATIC_CSP
    : contentSecurityPolicy(nonce, pathname, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-bamboo-lang", lang);
  requestHeaders.set("x-bamboo-theme", theme);
  requestHeaders.set("x-bamboo-url", `${pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
