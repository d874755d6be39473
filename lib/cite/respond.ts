import { z } from "zod";
import { badRequest } from "@/lib/http/responses";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { todayInVietnam } from "@/lib/schema/dates";
import { InvalidQueryError } from "@/lib/schema/view-state";
import { citePage } from "./cited-page";

/** `GET /api/cite`'s query: the page to cite, as a path of this site with its query. */
export const CiteQuery = z.object({
  page: z
    .string({ message: "is required: the path of the page to cite, such as /country/JP" })
    .max(2000, { message: "must be at most 2000 characters" })
    .regex(/^\/(?![/\\])/, { message: "must be a path of this site, starting with a single /" }),
});

/**
 * The citation of one page (the Cite control asks for it when opened). Its access date is today, so it is
 * kept by no cache; the page's own query is checked as the page checks it.
 */
export function citeResponse(request: Request): Response {
  const parsed = CiteQuery.safeParse({ page: new URL(request.url).searchParams.get("page") ?? undefined });
  if (!parsed.success)
    return badRequest(
      new InvalidQueryError(
        parsed.error.issues.map((i) => ({ path: i.path.join(".") || "page", message: i.message })),
      ),
    );
  let citation;
  try {
    citation = citePage({
      page: parsed.data.page,
      origin: publicOrigin(request.headers),
      today: todayInVietnam(),
    });
  } catch (error) {
    if (error instanceof InvalidQueryError)
      return badRequest(new InvalidQueryError(error.issues.map((i) => ({ ...i, path: `page.${i.path}` }))));
    throw error;
  }
  if (!citation)
    return Response.json(
      {
        error: "That page is not a Bamboo page that can be cited.",
        issues: [{ path: "page", message: "is not a citable page" }],
      },
      { status: 404 },
    );
  const headers: Record<string, string> = { "Cache-Control": "private, no-store" };
  const vary = forwardedVary();
  if (vary) headers.Vary = vary;
  return Response.json(citation, { headers });
}
