import type { Relationship } from "@/lib/schema/dataset";
import type { DatasetProblem } from "./problems";

const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi");

/** A step's Vietnamese official name must be quoted, verbatim up to case, by one of its citations. */
export function checkOfficialNamesVi(file: string, relationship: Relationship): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  relationship.tiers.forEach((step, i) => {
    if (step.officialNameVi === undefined) return;
    const name = fold(step.officialNameVi);
    if (!step.citations.some((c) => fold(c.quote).includes(name)))
      problems.push({
        file,
        path: `tiers[${i}].officialNameVi`,
        message: `"${step.officialNameVi}" appears in none of the step's citation quotes`,
      });
  });
  return problems;
}
