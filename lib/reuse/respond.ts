import { citedRelease } from "@/lib/cite/release";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { memo } from "@/lib/render/render-memo";
import { dataPackage } from "./datapackage";
import { datasetZip } from "./dataset-zip";

/**
 * The answers that carry absolute addresses key their ETag on the origin too: it comes from
 * BAMBOO_SITE_URL, or from the Host header every cache keys on.
 */
function originAndVary(request: Request): { origin: string; vary: { vary?: string } } {
  const vary = forwardedVary();
  return { origin: publicOrigin(request.headers), vary: vary ? { vary } : {} };
}

/** `GET /api/datapackage.json`: the release's Frictionless Data Package, its resources at their API addresses. */
export function dataPackageResponse(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const { origin, vary } = originAndVary(request);
  const release = citedRelease(state.v);
  const body = JSON.stringify(
    dataPackage(release, origin, (file) => `${origin}${file.apiPath}`),
    null,
    2,
  );
  return cachedResponse(
    request,
    etagFor(["datapackage", origin, release], state.v),
    body,
    { "Content-Type": "application/json; charset=utf-8" },
    { ...vary, release: state.v },
  );
}

/** `GET /api/dataset.zip`: the data package, its files, a README and CITATION.cff in one download. */
export function datasetZipResponse(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const { origin, vary } = originAndVary(request);
  const release = citedRelease(state.v);
  const etag = etagFor(["dataset.zip", origin, release], state.v);
  const bytes = memo(`zip|${etag}`, () => Buffer.from(datasetZip(release, origin)));
  return cachedResponse(
    request,
    etag,
    new Uint8Array(bytes),
    {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="bamboo-dataset-${release.version}.zip"`,
    },
    { ...vary, release: state.v },
  );
}
