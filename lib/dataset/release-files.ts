import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { z } from "zod";
import { readDataFiles, type RawFile } from "./files";

/** Where releases live: an index (newest first) and one compressed snapshot per release. */
export const RELEASES_DIR = "data/releases";
export const RELEASES_INDEX = `${RELEASES_DIR}/releases.json`;

/** `2026.12.03`, or `2026.12.03.2` for a second release on the same day. */
export const RELEASE_VERSION = /^\d{4}\.\d{2}\.\d{2}(\.[2-9]\d*)?$/;

export const ReleaseCitation = z.object({ url: z.string().nullable(), quote: z.string() }).strict();

export const ReleaseChange = z
  .object({
    kind: z.enum(["added", "corrected", "removed"]),
    /** The node key or id the fact belongs to: `JP`, `leader:to-lam`, `event:…`, `total-…`. */
    key: z.string().min(1),
    /** Which fact, in words: "relations established", "tier step: strategic (1st)", "official total". */
    what: z.string().min(1),
    before: z.string().optional(),
    after: z.string().optional(),
    citations: z.array(ReleaseCitation),
  })
  .strict();
export type ReleaseChange = z.infer<typeof ReleaseChange>;

export const Release = z
  .object({
    version: z.string().regex(RELEASE_VERSION, "must look like 2026.12.03 (or 2026.12.03.2)"),
    /** The day it was cut (YYYY-MM-DD, Vietnam's date). */
    date: z.iso.date(),
    summary: z.string().min(1),
    /** The author's summary in Vietnamese (a generated summary is translated where it is shown). */
    summaryVi: z.string().min(1).optional(),
    /** sha256 of the snapshot's uncompressed JSON: a release that changes after it is cut is refused. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    changes: z.array(ReleaseChange),
  })
  .strict();
export type Release = z.infer<typeof Release>;

export const ReleasesIndex = z
  .object({ $comment: z.string().optional(), releases: z.array(Release) })
  .strict();

/** A release's snapshot: the data files' exact text when it was cut. */
export interface Snapshot {
  version: string;
  files: RawFile[];
}

/** Today's version, or the next free suffix when a release was already cut today. */
export function nextVersion(today: string, taken: readonly string[]): string {
  const base = today.replaceAll("-", ".");
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}.${n}`)) n += 1;
  return `${base}.${n}`;
}

export const snapshotPath = (version: string) => `${RELEASES_DIR}/${version}.json.gz`;

/** The canonical text of a set of data files, hashed to tell whether two snapshots hold the same facts. */
export function filesText(files: readonly RawFile[]): string {
  return JSON.stringify(files.map((f) => ({ file: f.file, text: f.text })));
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const root = () => /* turbopackIgnore: true */ process.cwd();

/** The releases, newest first (none before the first release is cut). */
export function readReleasesIndex(dir: string = root()): Release[] {
  const full = path.join(/* turbopackIgnore: true */ dir, RELEASES_INDEX);
  if (!fs.existsSync(full)) return [];
  return ReleasesIndex.parse(JSON.parse(fs.readFileSync(full, "utf8"))).releases;
}

/** A release's data files, checked against the digest recorded when it was cut. */
export function readSnapshot(release: Release, dir: string = root()): RawFile[] {
  const full = path.join(/* turbopackIgnore: true */ dir, snapshotPath(release.version));
  const text = zlib.gunzipSync(fs.readFileSync(full)).toString("utf8");
  const parsed = JSON.parse(text) as Snapshot;
  const files = parsed.files;
  if (sha256(filesText(files)) !== release.sha256)
    throw new Error(`${snapshotPath(release.version)} does not match the digest recorded for it`);
  return files;
}

/** The working data files' digest, to tell whether they are exactly the latest release. */
export function workingFilesDigest(dir: string = root()): string {
  return sha256(filesText(readDataFiles(dir)));
}
