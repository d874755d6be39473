/** Writes JSON Schemas generated from the zod schema, so editors check data files as they are typed. */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { EventsFile, LeadersFile, Relationship, SourcesFile, TotalsFile } from "../lib/schema/dataset";

const targets = {
  "relationship.schema.json": Relationship,
  "leaders.schema.json": LeadersFile,
  "events.schema.json": EventsFile,
  "sources.schema.json": SourcesFile,
  "totals.schema.json": TotalsFile,
};
const dir = path.join(process.cwd(), "data", "schema");
fs.mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(targets)) {
  // "input" so optional fields stay optional; refinements (calendar days, quote length) are kept as
  // patterns where zod can express them and are otherwise enforced by `npm run validate`.
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote data/schema/${name}`);
}
