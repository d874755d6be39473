import type { Dataset } from "@/lib/schema/dataset";
import { readDataFiles } from "./files";
import { InvalidDatasetError, UnknownReleaseError } from "./problems";
import { readReleasesIndex, readSnapshot, workingFilesDigest, type Release } from "./release-files";
import { validateDataset } from "./validate";

let index: Release[] | null = null;

/** Every release, newest first. */
export function listReleases(): Release[] {
  index ??= readReleasesIndex();
  return index;
}

export function latestRelease(): Release | null {
  return listReleases()[0] ?? null;
}

let working: { dataset: Dataset; label: string } | null = null;

/**
 * The data files as they are, validated by every rule. Served without `v`; labelled with the latest
 * release's version when they are exactly that release (a unit test keeps the repository so), else
 * `unreleased-<digest>`, which answers while those files are served but pins nothing.
 */
export function workingDataset(): { dataset: Dataset; label: string } {
  if (working) return working;
  const { dataset, problems } = validateDataset(readDataFiles());
  if (!dataset) throw new InvalidDatasetError(problems);
  const latest = latestRelease();
  const digest = workingFilesDigest();
  const label = latest && latest.sha256 === digest ? latest.version : `${UNRELEASED}-${digest.slice(0, 12)}`;
  working = { dataset, label };
  return working;
}

export const UNRELEASED = "unreleased";

const MAX_LOADED_RELEASES = 6;
const loaded = new Map<string, Dataset>();

/** A past release, parsed from its snapshot once (a few kept in memory). */
function releasedDataset(release: Release): Dataset {
  const hit = loaded.get(release.version);
  if (hit) return hit;
  const { dataset, problems } = validateDataset(readSnapshot(release), undefined, { rules: false });
  if (!dataset) throw new InvalidDatasetError(problems);
  if (loaded.size >= MAX_LOADED_RELEASES) loaded.delete(loaded.keys().next().value as string);
  loaded.set(release.version, dataset);
  return dataset;
}

/** The release a request names, as its version: the working data's label when it names none. */
export function resolveRelease(v: string | null | undefined): string {
  const current = workingDataset().label;
  if (v === undefined || v === null || v === current) return current;
  if (!listReleases().some((r) => r.version === v)) throw new UnknownReleaseError(v);
  return v;
}

/** Whether `v` is absent or names a release this server has. */
export function isKnownRelease(v: string | null | undefined): boolean {
  try {
    resolveRelease(v);
    return true;
  } catch (error) {
    if (error instanceof UnknownReleaseError) return false;
    throw error;
  }
}

/** The dataset of a release (the working data without `v`). Throws UnknownReleaseError. */
export function datasetOf(v: string | null | undefined): Dataset {
  const version = resolveRelease(v);
  if (version === workingDataset().label) return workingDataset().dataset;
  const release = listReleases().find((r) => r.version === version);
  if (!release) throw new UnknownReleaseError(version);
  return releasedDataset(release);
}

/** Whether answers for `v` can never change: it names a release that is not merely "the latest". */
export function isPinned(v: string | null | undefined): boolean {
  return v !== undefined && v !== null && !v.startsWith(UNRELEASED) && isKnownRelease(v);
}
