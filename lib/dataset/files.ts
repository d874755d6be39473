import fs from "node:fs";
import path from "node:path";

/** A data file as read from disk, before parsing: validation must see half-written files too. */
export interface RawFile {
  /** Path relative to the repository root, e.g. `data/relationships/AU.json`. */
  file: string;
  text: string;
}

export const DATA_DIR = "data";
export const RELATIONSHIPS_DIR = "data/relationships";
export const SINGLE_FILES = {
  leaders: "data/leaders.json",
  events: "data/events.json",
  sources: "data/sources.json",
  totals: "data/totals.json",
} as const;

export function readDataFiles(root: string = /* turbopackIgnore: true */ process.cwd()): RawFile[] {
  const relDir = path.join(/* turbopackIgnore: true */ root, RELATIONSHIPS_DIR);
  const relationshipFiles = fs
    .readdirSync(relDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${RELATIONSHIPS_DIR}/${name}`);
  const files = [...Object.values(SINGLE_FILES), ...relationshipFiles];
  return files.map((file) => {
    const full = path.join(/* turbopackIgnore: true */ root, file);
    return { file, text: fs.existsSync(full) ? fs.readFileSync(full, "utf8") : "" };
  });
}
