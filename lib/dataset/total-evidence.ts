import type { OfficialTotal, TotalMeasure } from "@/lib/schema/dataset";
import { SINGLE_FILES } from "./files";
import { statesNumber } from "./number-words";
import type { DatasetProblem } from "./problems";

/**
 * Every count of an official statement is evidence only if its quotes state it (digits, a number word,
 * an ordinal) or a `derivation` gives the arithmetic from them; bounds on a mismatch belong to a
 * statement that explains one, and only to measures it counts.
 */
export function checkTotalEvidence(totals: readonly OfficialTotal[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string) => problems.push({ file: SINGLE_FILES.totals, path, message });

  totals.forEach((total, i) => {
    const at = `totals[${i}]`;
    const counts = total.counts as Partial<Record<TotalMeasure, number>>;
    for (const [measure, count] of Object.entries(counts) as [TotalMeasure, number][]) {
      const derivation = total.derivation?.[measure];
      if (derivation !== undefined) {
        if (!statesNumber(derivation, count))
          add(
            `${at}.derivation.${measure}`,
            `does not arrive at ${count}: state the result of the arithmetic`,
          );
      } else if (!total.citations.some((c) => statesNumber(c.quote, count)))
        add(
          `${at}.counts.${measure}`,
          `${count} appears in none of the statement's quotes (as digits, a number word or an ordinal); quote it or give derivation.${measure}`,
        );
    }
    for (const field of ["derivation", "mismatchBound"] as const)
      for (const measure of Object.keys(total[field] ?? {}))
        if (!(measure in counts)) add(`${at}.${field}.${measure}`, `the statement does not count ${measure}`);
    if (total.mismatchBound && total.expectedMismatch === undefined)
      add(`${at}.mismatchBound`, "only a statement with an expectedMismatch may bound a mismatch");
  });
  return problems;
}
