import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** One partner's tier changes, newest first: `/feeds/country/JP.atom` or `.json` (contract: Feeds). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const match = /^([A-Z]{2})\.(atom|json)$/.exec(file);
  if (!match)
    return Response.json(
      { error: "There is no feed at this address." },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  return feedResponse(request, match[1]!, match[2] as "atom" | "json");
}
