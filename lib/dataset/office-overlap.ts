import type { Leader } from "@/lib/schema/dataset";
import { effectiveDay, firstDay } from "@/lib/schema/dates";
import { SINGLE_FILES } from "./files";
import type { DatasetProblem } from "./problems";

const HOME = "VN";

interface Tenure {
  leaderIndex: number;
  roleIndex: number;
  leader: Leader;
  /** First day certainly in office. */
  start: string;
  /** First day certainly out of office (the successor's first day); null while in office today. */
  end: string | null;
}

/**
 * The days a role was certainly held: a partial start counts from the last day of its period, a partial
 * end until the first day of its period (the README's rule for partial dates). The end day itself belongs
 * to the successor, so a handover on one day is not an overlap. A role with no `from` is undated and
 * cannot be checked.
 */
function tenureOf(leader: Leader, leaderIndex: number, roleIndex: number): Tenure | null {
  const role = leader.roles[roleIndex];
  if (!role?.from) return null;
  return {
    leaderIndex,
    roleIndex,
    leader,
    start: effectiveDay(role.from),
    end: role.to ? firstDay(role.to) : null,
  };
}

/** True when two tenures share a day; an open end runs up to today. */
function overlap(a: Tenure, b: Tenure, today: string): boolean {
  const before = (start: string, end: string | null) => (end === null ? start <= today : start < end);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** No two Vietnamese leaders hold the same office (`role`) on the same day. */
export function checkOfficeOverlaps(leaders: readonly Leader[], today: string): DatasetProblem[] {
  const byRole = new Map<string, Tenure[]>();
  leaders.forEach((leader, i) => {
    if (leader.country !== HOME) return;
    leader.roles.forEach((role, j) => {
      const tenure = tenureOf(leader, i, j);
      if (tenure) byRole.set(role.role, [...(byRole.get(role.role) ?? []), tenure]);
    });
  });
  const problems: DatasetProblem[] = [];
  for (const [role, tenures] of byRole) {
    tenures.forEach((later, i) => {
      for (const earlier of tenures.slice(0, i)) {
        if (earlier.leader.id === later.leader.id || !overlap(earlier, later, today)) continue;
        problems.push({
          file: SINGLE_FILES.leaders,
          path: `leaders[${later.leaderIndex}].roles[${later.roleIndex}]`,
          message: `${later.leader.name} holds "${role}" at the same time as ${earlier.leader.name} (leaders[${earlier.leaderIndex}].roles[${earlier.roleIndex}])`,
        });
      }
    });
  }
  return problems;
}
