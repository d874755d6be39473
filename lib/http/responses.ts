import { isKnownRelease } from "@/lib/dataset/releases";
import { InvalidQueryError, parseViewState, type ViewState } from "@/lib/schema/view-state";

/** The contract's 400: one readable sentence plus every issue. */
export function badRequest(error: InvalidQueryError): Response {
  return Response.json({ error: error.message, issues: error.issues }, { status: 400 });
}

/** The contract's JSON error body for a release (`v`) that does not exist. */
export function unknownReleaseBody(v: string) {
  return {
    error: `There is no release "${v}"; GET /api/releases lists them.`,
    issues: [{ path: "v", message: "is not a release of this dataset" }],
  };
}

/** The contract's 404 for a release (`v`) that does not exist. */
export function unknownRelease(v: string): Response {
  return Response.json(unknownReleaseBody(v), { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 * Parses a route handler's query into the view state, or answers the contract's 400. Anything that is
 * not a query problem is rethrown: it is a bug, not bad input. An answer a shared cache keeps passes
 * `negotiateLanguage: false`, so a request header never shapes it (a missing `lang` is English).
 */
export function viewStateOrBadRequest(
  request: Request,
  { negotiateLanguage = true }: { negotiateLanguage?: boolean } = {},
): ViewState | Response {
  try {
    const url = new URL(request.url);
    const state = parseViewState(url.searchParams, {
      // A cacheable download must not vary with a header the URL does not show: it reads `lang` only.
      acceptLanguage: negotiateLanguage ? request.headers.get("accept-language") : null,
    });
    return state.v && !isKnownRelease(state.v) ? unknownRelease(state.v) : state;
  } catch (error) {
    if (error instanceof InvalidQueryError) return badRequest(error);
    if (error instanceof URIError)
      return badRequest(
        new InvalidQueryError([{ path: "query", message: "is not valid UTF-8 percent-encoding" }]),
      );
    throw error;
  }
}

/**
 * Answers whose language comes from Accept-Language when the query names none must say so to caches.
 * With `lang` in the query the header plays no part, and the answer stays shareable across languages.
 */
export function languageVary(request: Request): { vary?: string } {
  return new URL(request.url).searchParams.has("lang") ? {} : { vary: "Accept-Language" };
}
