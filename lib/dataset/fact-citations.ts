import type { Citation, Event, Leader, OfficialTotal, Relationship } from "@/lib/schema/dataset";
import { SINGLE_FILES } from "./files";

/** One fact's citations (a relationship's start, a tier step, an office, an event, a total) and where they are. */
export interface FactCitations {
  file: string;
  path: string;
  citations: readonly Citation[];
}

/** Every fact's citations in the dataset, each list located as a validation problem names it. */
export function factCitations(parts: {
  relationships: readonly { file: string; value: Relationship }[];
  leaders: readonly Leader[];
  events: readonly Event[];
  totals: readonly OfficialTotal[];
}): FactCitations[] {
  const facts: FactCitations[] = [];
  for (const { file, value } of parts.relationships) {
    if (value.relations)
      facts.push({ file, path: "relations.citations", citations: value.relations.citations });
    value.tiers.forEach((step, i) =>
      facts.push({ file, path: `tiers[${i}].citations`, citations: step.citations }),
    );
    value.disagreements?.forEach((d, i) =>
      d.alternatives.forEach((alt, j) =>
        facts.push({
          file,
          path: `disagreements[${i}].alternatives[${j}].citations`,
          citations: alt.citations,
        }),
      ),
    );
  }
  parts.leaders.forEach((leader, i) =>
    leader.roles.forEach((role, j) =>
      facts.push({
        file: SINGLE_FILES.leaders,
        path: `leaders[${i}].roles[${j}].citations`,
        citations: role.citations,
      }),
    ),
  );
  parts.events.forEach((event, i) =>
    facts.push({ file: SINGLE_FILES.events, path: `events[${i}].citations`, citations: event.citations }),
  );
  parts.totals.forEach((total, i) =>
    facts.push({ file: SINGLE_FILES.totals, path: `totals[${i}].citations`, citations: total.citations }),
  );
  return facts;
}
