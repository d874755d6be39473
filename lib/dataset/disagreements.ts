import type { Relationship } from "@/lib/schema/dataset";
import { isPartialDate } from "@/lib/schema/dates";
import type { DatasetProblem } from "./problems";

/** Every date the relationship's data uses: its start of relations and each tier step's date. */
function datesInUse(rel: Relationship): Set<string> {
  const dates = new Set(rel.tiers.map((s) => s.date));
  if (rel.relations?.date) dates.add(rel.relations.date);
  if (rel.relations?.existedBy) dates.add(rel.relations.existedBy);
  return dates;
}

/** Vietnamese pages say where sources disagree in Vietnamese: every disagreement carries its own rendering. */
export function checkDisagreementsInVietnamese(file: string, rel: Relationship): DatasetProblem[] {
  return (rel.disagreements ?? []).flatMap((d, i) =>
    (["aboutVi", "reasonVi"] as const)
      .filter((field) => !d[field])
      .map((field) => ({
        file,
        path: `disagreements[${i}].${field}`,
        message: `is missing: write the Vietnamese of "${field.slice(0, -2)}" for Vietnamese pages`,
      })),
  );
}

/**
 * A disagreement says which alternative the data uses; when that is a date, the data must use that very
 * date (a ladder dated 20 April 2009 cannot sit under a disagreement that says it uses 19 October 2006).
 */
export function checkDisagreementsUsed(file: string, rel: Relationship): DatasetProblem[] {
  const used = datesInUse(rel);
  return (rel.disagreements ?? []).flatMap((d, i) =>
    isPartialDate(d.used) && !used.has(d.used)
      ? [
          {
            file,
            path: `disagreements[${i}].used`,
            message: `says the data uses ${d.used}, but no date in this file is ${d.used} (it uses ${[...used].sort().join(", ") || "none"})`,
          },
        ]
      : [],
  );
}
