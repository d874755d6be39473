import { strToU8, zipSync, type Zippable } from "fflate";
import { citationCff } from "@/lib/cite/cff";
import { citeView } from "@/lib/cite/citation";
import { pinnedPath, type CitedRelease } from "@/lib/cite/release";
import { DATASET_TITLE } from "@/lib/cite/identity";
import { dataPackage } from "./datapackage";
import { datasetReadme } from "./dataset-readme";
import { releaseDay, releaseFiles } from "./release-files";

/**
 * dataset.zip: the data package with its files beside it (paths relative to datapackage.json), a README and
 * CITATION.cff. Every entry is dated the release's day, so the same release always zips to the same bytes.
 */
export function datasetZip(release: CitedRelease, origin: string): Uint8Array {
  const files = releaseFiles(release);
  const dataPage = `${origin}${pinnedPath("/data", release)}`;
  const day = releaseDay(release);
  // The README's citation is dated the release's day, not the download's: the bytes must not change daily.
  const citation = citeView({ title: DATASET_TITLE, url: dataPage, release, accessed: day });
  const mtime = new Date(`${day}T00:00:00Z`);
  const entries: Zippable = {
    "datapackage.json": strToU8(
      JSON.stringify(
        dataPackage(release, origin, (f) => f.fileName),
        null,
        2,
      ),
    ),
    "README.md": strToU8(datasetReadme(release, files, citation)),
    "CITATION.cff": strToU8(citationCff(release, dataPage)),
  };
  for (const file of files) entries[file.fileName] = strToU8(file.body());
  return zipSync(entries, { level: 9, mtime });
}
