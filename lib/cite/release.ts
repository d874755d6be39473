import { listReleases, resolveRelease } from "@/lib/dataset/releases";

/** What a citation, a data package or a feed says about the release it was made from. */
export interface CitedRelease {
  /** The release's version (`2026.12.03`), or `unreleased-<digest>` for working files no release covers. */
  version: string;
  /** The day it was cut (YYYY-MM-DD); null when the data is not a release (nothing can pin it). */
  date: string | null;
}

/** The release a request names (`v`), or the latest. Throws UnknownReleaseError for an unknown `v`. */
export function citedRelease(v?: string | null): CitedRelease {
  const version = resolveRelease(v);
  return { version, date: listReleases().find((r) => r.version === version)?.date ?? null };
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
