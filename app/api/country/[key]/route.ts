import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { getCountryDetails } from "@/lib/views/payload";

export const dynamic = "force-dynamic";

/** One country's details (tier ladder, leaders, events, citations) as the explorer's details panel shows them. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ key: string }> },
): Promise<Response> {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const { key } = await params;
  const details = getCountryDetails(key.toUpperCase(), state.v);
  if (!details)
    return Response.json(
      { error: `There is no partner with the key "${key.slice(0, 40)}".` },
      { status: 404 },
    );
  return cachedResponse(
    request,
    etagFor(["country", details.key], state.v),
    JSON.stringify(details),
    { "Content-Type": "application/json; charset=utf-8" },
    { release: state.v },
  );
}
