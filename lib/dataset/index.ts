import type { Dataset } from "@/lib/schema/dataset";
import { readDataFiles } from "./files";
import { InvalidDatasetError } from "./problems";
import { validateDataset } from "./validate";

let cached: Dataset | null = null;

/**
 * The validated dataset, read and checked once per process. Throws InvalidDatasetError listing every
 * problem: the server never serves a partial dataset.
 */
export function getDataset(): Dataset {
  if (cached) return cached;
  const { dataset, problems } = validateDataset(readDataFiles());
  if (!dataset) throw new InvalidDatasetError(problems);
  cached = dataset;
  return dataset;
}
