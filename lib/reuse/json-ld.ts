import {
  COVERAGE_START,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  DATA_LICENCE,
  PUBLISHER,
} from "@/lib/cite/identity";
import { pinnedPath, type CitedRelease } from "@/lib/cite/release";
import { releaseDay, releaseFiles } from "./release-files";

/** schema.org `Dataset` for /data (what dataset search engines read): the release and every way to get it. */
export function datasetJsonLd(release: CitedRelease, origin: string): Record<string, unknown> {
  const download = (contentUrl: string, encodingFormat: string, name: string) => ({
    "@type": "DataDownload",
    name,
    encodingFormat,
    contentUrl,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    url: `${origin}${pinnedPath("/data", release)}`,
    version: release.version,
    ...(release.date ? { datePublished: release.date } : {}),
    license: DATA_LICENCE.path,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: PUBLISHER, url: origin },
    temporalCoverage: `${COVERAGE_START}/${releaseDay(release)}`,
    spatialCoverage: { "@type": "Place", name: "Vietnam" },
    keywords: ["Vietnam", "diplomacy", "strategic partnership", "international relations"],
    distribution: [
      ...releaseFiles(release).map((f) => download(`${origin}${f.apiPath}`, f.mediatype, f.title)),
      download(
        `${origin}${pinnedPath("/api/datapackage.json", release)}`,
        "application/json",
        "Data package",
      ),
      download(
        `${origin}${pinnedPath("/api/dataset.zip", release)}`,
        "application/zip",
        "Everything in one zip",
      ),
    ],
  };
}

/** JSON for an inline `<script type="application/ld+json">`: no `<` can close the element early. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
