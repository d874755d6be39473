import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-cff";
import { DATASET_DESCRIPTION, DATASET_TITLE, DATA_LICENCE, PUBLISHER } from "./identity";
import type { CitedRelease } from "./release";

/**
 * A CITATION.cff (Citation File Format 1.2.0) for the dataset: the repository's own (no release: what the
 * repository holds changes) or a release's (in its dataset.zip), with its version, date and address.
 * citation-js writes it from CSL; it leaves a dataset's licence and release date out, which CFF has keys for.
 */
export function citationCff(release: CitedRelease | null, url: string | null): string {
  const cff = new Cite({
    id: "bamboo",
    type: "dataset",
    title: DATASET_TITLE,
    abstract: DATASET_DESCRIPTION,
    author: [{ literal: PUBLISHER }],
    ...(release ? { version: release.version } : {}),
    ...(url ? { URL: url } : {}),
  }).format("cff", {
    type: "object",
    message: "If you use this dataset, please cite it as below, naming the release you used.",
  });
  const extra = {
    license: DATA_LICENCE.name,
    ...(release?.date ? { "date-released": release.date } : {}),
  };
  return plugins.output.format("yaml", { ...cff, ...extra });
}
