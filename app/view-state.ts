import { headers } from "next/headers";
import { parseViewState, type QueryInput, type ViewState } from "@/lib/schema/view-state";

/** Pages read their view state here; the proxy has already answered 400 for a bad query. */
export async function pageViewState(searchParams: Promise<QueryInput>): Promise<ViewState> {
  const h = await headers();
  return parseViewState(await searchParams, { acceptLanguage: h.get("accept-language") });
}
