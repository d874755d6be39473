/**
 * `npm run release [-- --summary "what this release corrects" --summary-vi "the same in Vietnamese"]`: cuts a dated, immutable release of data/ —
 * a compressed snapshot of the data files and the changelog against the previous release — and adds it to
 * data/releases/releases.json (newest first). Refuses an invalid dataset; does nothing if data/ is already
 * exactly the latest release.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import { baselineSummary, computeChangelog, summariseChanges } from "../lib/dataset/changelog";
import { readDataFiles } from "../lib/dataset/files";
import { formatProblem } from "../lib/dataset/problems";
import {
  filesText,
  nextVersion,
  readReleasesIndex,
  readSnapshot,
  RELEASES_DIR,
  RELEASES_INDEX,
  sha256,
  snapshotPath,
  type Release,
} from "../lib/dataset/release-files";
import { validateDataset } from "../lib/dataset/validate";
import { todayInVietnam } from "../lib/schema/dates";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const summaryFlag = process.argv.indexOf("--summary");
const givenSummary = summaryFlag >= 0 ? process.argv[summaryFlag + 1] : undefined;
// An author's summary is words only they can translate; a generated one is translated where it is shown.
const summaryViFlag = process.argv.indexOf("--summary-vi");
const summaryVi = summaryViFlag >= 0 ? process.argv[summaryViFlag + 1] : undefined;

const files = readDataFiles();
const { dataset, problems } = validateDataset(files);
if (!dataset) fail(`${problems.map(formatProblem).join("\n")}\n✗ data/ is invalid: no release cut`);

const releases = readReleasesIndex();
const text = filesText(files);
const digest = sha256(text);
const previous = releases[0];
if (previous?.sha256 === digest) {
  console.log(`data/ is already release ${previous.version}: nothing to cut`);
  process.exit(0);
}

const today = todayInVietnam();
const version = nextVersion(
  today,
  releases.map((r) => r.version),
);
let changes: Release["changes"] = [];
if (previous) {
  const before = validateDataset(readSnapshot(previous), today, { rules: false }).dataset;
  if (!before) fail(`release ${previous.version} no longer parses: migrate it before cutting a new one`);
  changes = computeChangelog(before, dataset);
}
const summary =
  givenSummary ??
  (previous
    ? summariseChanges(changes)
    : baselineSummary({
        partners: dataset.relationships.length,
        leaders: dataset.leaders.length,
        events: dataset.events.length,
        totals: dataset.totals.length,
      }));

fs.mkdirSync(RELEASES_DIR, { recursive: true });
fs.writeFileSync(
  snapshotPath(version),
  zlib.gzipSync(JSON.stringify({ version, files: JSON.parse(text) as unknown }), { level: 9 }),
);
const release: Release = {
  version,
  date: today,
  summary,
  ...(givenSummary && summaryVi ? { summaryVi } : {}),
  sha256: digest,
  changes,
};
fs.writeFileSync(
  RELEASES_INDEX,
  `${JSON.stringify(
    {
      $comment: "Written by `npm run release`; never edit a release by hand: cut a new one.",
      releases: [release, ...releases],
    },
    null,
    2,
  )}\n`,
);
console.log(`✓ release ${version}: ${summary}`);
