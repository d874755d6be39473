import { getDataset } from "@/lib/dataset";
import { siteFileResponse } from "@/lib/http/site-file";
import { sitemapXml } from "@/lib/views/sitemap";

export const dynamic = "force-dynamic";

/** Every public page of the latest release, at the site's public address (see lib/views/sitemap.ts). */
export function GET(request: Request): Response {
  return siteFileResponse(request, "sitemap", "application/xml; charset=utf-8", (origin) =>
    sitemapXml(origin, getDataset()),
  );
}
