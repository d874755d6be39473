/** `npm run validate`: every dataset problem as `file › path: message`; exits non-zero on any. */
import { readDataFiles } from "../lib/dataset/files";
import { formatProblem } from "../lib/dataset/problems";
import { validateDataset } from "../lib/dataset/validate";
import { datasetCoverage } from "../lib/views/coverage";

const { dataset, problems } = validateDataset(readDataFiles());
if (!dataset) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n✗ ${problems.length} problem(s) in data/`);
  process.exit(1);
}
const c = datasetCoverage(dataset);
console.log(
  `✓ data/ is valid: ${c.countries} countries, ${c.organisations} organisation(s), ${c.tierChanges} tier changes, ` +
    `${c.leaders} leaders, ${c.events} events, ${c.sources} sources, ${c.citations} citations, ` +
    `${c.totals} official statements, ${c.disagreements} disagreements recorded`,
);
