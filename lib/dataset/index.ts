import type { Dataset } from "@/lib/schema/dataset";
import { datasetOf } from "./releases";

/**
 * The validated dataset of a release (`v`), or of the working data files without one. Each is read and
 * checked once per process. Throws InvalidDatasetError listing every problem (the server never serves a
 * partial dataset) or UnknownReleaseError for a release that does not exist.
 */
export function getDataset(v?: string | null): Dataset {
  return datasetOf(v);
}
