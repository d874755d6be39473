import { memo } from "@/lib/render/render-memo";
import { cachedResponse, etagFor } from "./caching";
import { forwardedVary, publicOrigin } from "./public-origin";

/**
 * A text file that names the site's own absolute address (robots.txt, sitemap.xml): written per public
 * address, memoised, and as cacheable as every other answer. Its ETag names the address and the dataset version.
 */
export function siteFileResponse(
  request: Request,
  name: string,
  contentType: string,
  write: (origin: string) => string,
): Response {
  const origin = publicOrigin(request.headers);
  const etag = etagFor([name, origin]);
  const vary = forwardedVary();
  return cachedResponse(
    request,
    etag,
    memo(`${name}|${etag}`, () => write(origin)),
    { "Content-Type": contentType },
    vary ? { vary } : {},
  );
}
