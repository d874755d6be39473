import type { z } from "zod";
import {
  EventsFile,
  LeadersFile,
  Relationship,
  SourcesFile,
  TotalsFile,
  type Dataset,
  type Citation,
} from "@/lib/schema/dataset";
import { todayInVietnam } from "@/lib/schema/dates";
import { RELATIONSHIPS_DIR, SINGLE_FILES, type RawFile } from "./files";
import { formatPath, type DatasetProblem } from "./problems";
import { crossCheck } from "./cross-check";
import { checkOfficeOverlaps } from "./office-overlap";
import { checkOfficialNamesVi } from "./official-name-vi";
import { checkSourceUrls } from "./source-urls";
import { checkTotalEvidence } from "./total-evidence";
import { checkSourceKinds } from "./source-kinds";
import { factCitations } from "./fact-citations";
import { checkDisagreementsInVietnamese, checkDisagreementsUsed } from "./disagreements";

export interface ValidationResult {
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

function parseFile<S extends z.ZodType>(
  raw: RawFile,
  schema: S,
  problems: DatasetProblem[],
): z.infer<S> | null {
  if (raw.text.trim() === "") {
    problems.push({ file: raw.file, path: "", message: "file is missing or empty" });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: raw.file, path: "", message: `not valid JSON (${reason})` });
    return null;
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: raw.file, path: formatPath(issue.path), message: issue.message });
    }
    return null;
  }
  return result.data;
}

/**
 * Validates every data file and the references between them. Returns the dataset only when there is
 * no problem at all: a partial dataset is never served.
 */
export function validateDataset(
  files: readonly RawFile[],
  today: string = todayInVietnam(),
  { rules = true }: { rules?: boolean } = {},
): ValidationResult {
  const problems: DatasetProblem[] = [];
  const byName = new Map(files.map((f) => [f.file, f]));
  const single = <S extends z.ZodType>(file: string, schema: S) =>
    parseFile(byName.get(file) ?? { file, text: "" }, schema, problems);

  const leaders = single(SINGLE_FILES.leaders, LeadersFile);
  const events = single(SINGLE_FILES.events, EventsFile);
  const sources = single(SINGLE_FILES.sources, SourcesFile);
  const totals = single(SINGLE_FILES.totals, TotalsFile);

  const relationships: { file: string; value: Relationship }[] = [];
  for (const raw of files) {
    if (!raw.file.startsWith(`${RELATIONSHIPS_DIR}/`)) continue;
    const value = parseFile(raw, Relationship, problems);
    if (value) relationships.push({ file: raw.file, value });
  }

  const parsedAll = leaders && events && sources && totals;
  // A release was checked by the rules of its day when it was cut; later rules must not unpublish it.
  if (rules)
    problems.push(
      ...crossCheck(
        {
          relationships,
          leaders: leaders?.leaders ?? [],
          events: events?.events ?? [],
          sources: sources?.sources ?? [],
          totals: totals?.totals ?? [],
          fileKeys: files
            .filter((f) => f.file.startsWith(`${RELATIONSHIPS_DIR}/`))
            .map((f) => f.file.slice(RELATIONSHIPS_DIR.length + 1).replace(/\.json$/, "")),
        },
        today,
      ),
      ...checkOfficeOverlaps(leaders?.leaders ?? [], today),
      ...checkSourceUrls(sources?.sources ?? []),
      ...checkSourceKinds(
        sources?.sources ?? [],
        factCitations({
          relationships,
          leaders: leaders?.leaders ?? [],
          events: events?.events ?? [],
          totals: totals?.totals ?? [],
        }),
      ),
      ...checkTotalEvidence(totals?.totals ?? []),
      ...relationships.flatMap(({ file, value }) => checkOfficialNamesVi(file, value)),
      ...relationships.flatMap(({ file, value }) => checkDisagreementsUsed(file, value)),
      ...relationships.flatMap(({ file, value }) => checkDisagreementsInVietnamese(file, value)),
    );

  if (problems.length > 0 || !parsedAll) return { dataset: null, problems };
  return {
    dataset: {
      relationships: relationships.map((r) => r.value),
      leaders: leaders.leaders,
      events: events.events,
      sources: sources.sources,
      totals: totals.totals,
    },
    problems,
  };
}

export type { Citation };
