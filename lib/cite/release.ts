import { getDatasetVersion } from "@/lib/dataset/version";

/** What a citation, a data package or a feed says about the release it was made from. */
export interface CitedRelease {
  /** The release's version (`2026.12.03`), or the dataset's digest where no release covers the data. */
  version: string;
  /** The day it was cut (YYYY-MM-DD); null when the data is not a release. */
  date: string | null;
}

/** The release a request names (`v`), or the latest. */
export function citedRelease(): CitedRelease {
  return { version: getDatasetVersion(), date: null };
}

/** A path of this site pinned to the release (`v=`), when the data is a release; unchanged otherwise. */
export function pinnedPath(path: string, release: CitedRelease): string {
  if (release.date === null) return path;
  const [pathname = "", query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  params.delete("v");
  params.append("v", release.version);
  return `${pathname}?${params.toString()}`;
}
