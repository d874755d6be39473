import { resolveRelease } from "./releases";

/**
 * Which facts an answer was made from: the release version (or `unreleased-<digest>` for working files that
 * are not a release). ETags and payload addresses carry it, so a new release is a new answer.
 */
export function getDatasetVersion(v?: string | null): string {
  return resolveRelease(v);
}
