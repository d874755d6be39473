import { createHash } from "node:crypto";
import { getDataset } from "./index";

let version: string | null = null;

/** A digest of the validated dataset: identifies exactly which facts a response was made from. */
export function getDatasetVersion(): string {
  version ??= createHash("sha256").update(JSON.stringify(getDataset())).digest("hex").slice(0, 16);
  return version;
}
