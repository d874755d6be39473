import { citeResponse } from "@/lib/cite/respond";

export const dynamic = "force-dynamic";

/** A page's citation as text, BibTeX, RIS and CSL-JSON (what the Cite control shows). */
export function GET(request: Request): Response {
  return citeResponse(request);
}
