import { oembedResponse } from "@/lib/http/oembed";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return oembedResponse(request);
}
