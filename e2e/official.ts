import fs from "node:fs";
import path from "node:path";
import { TotalsFile } from "../lib/schema/dataset";
import { officialCounts, type OfficialCount } from "../lib/testing/official-counts";
import type { TotalMeasure } from "../lib/schema/dataset";

/** The official statements the served build was made from (data/totals.json): the world's numbers. */
const TOTALS = TotalsFile.parse(
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "totals.json"), "utf8")),
).totals;

/** Every count of `measure` an official statement gives that the dataset reproduces; never empty. */
export function officialCountsOf(measure: TotalMeasure): OfficialCount[] {
  const counts = officialCounts(TOTALS, measure);
  if (counts.length === 0) throw new Error(`no official statement counts ${measure}`);
  return counts;
}
