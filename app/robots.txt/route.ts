import { siteFileResponse } from "@/lib/http/site-file";
import { robotsTxt } from "@/lib/views/sitemap";

export const dynamic = "force-dynamic";

/** robots.txt names the sitemap by its absolute address, so it is written per public address, not a file. */
export function GET(request: Request): Response {
  return siteFileResponse(request, "robots", "text/plain; charset=utf-8", robotsTxt);
}
