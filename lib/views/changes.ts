import type { DatePrecision } from "@/lib/schema/dates";
import { effectiveDay } from "@/lib/schema/dates";
import { tierRank, type TierCode, type TierFilterCode } from "@/lib/schema/tiers";
import type { ResolvedCitation } from "./citations";
import type { CountryDetails } from "./country-details";

/** How a step moved a partner: up or down a tier, or a renaming/enhancement inside the tier it held. */
export type ChangeKind = "upgrade" | "downgrade" | "within-tier";

/** One step of one partner's history, with everything needed to check it (contract: Every change, as data). */
export interface ChangeRow {
  /** As the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  datePrecision: DatePrecision;
  /** The day the step counts from in as-of views (the last day of a month or year). */
  effectiveFrom: string;
  key: string;
  kind: "country" | "organisation";
  name: string;
  nameVi: string;
  tierBefore: TierCode | null;
  tierAfter: TierCode;
  change: ChangeKind;
  officialName: string | null;
  officialNameVi: string | null;
  leaders: { id: string; name: string; nameVi: string | null; role: string | null; roleVi: string | null }[];
  event: { id: string; title: string; titleVi: string | null; date: string } | null;
  note: string | null;
  noteVi: string | null;
  citations: ResolvedCitation[];
}

export interface ChangeQuery {
  /** First and last day (both included) of the steps' effective days; null: unbounded. */
  from: string | null;
  to: string | null;
  /** Steps that enter or leave one of these tiers (`none`: a first framework); null: every step. */
  tiers: readonly TierFilterCode[] | null;
  /** A node key: a partner's steps, a leader's or an event's; null: every step. */
  focus: string | null;
}

function changeKind(before: TierCode | null, after: TierCode): ChangeKind {
  if (before === after) return "within-tier";
  return tierRank(after) > tierRank(before) ? "upgrade" : "downgrade";
}

/** Every tier step of every partner, oldest first (then by English name). */
export function allChanges(details: Iterable<CountryDetails>): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const d of details) {
    d.ladder.forEach((step, i) => {
      const before = d.ladder[i - 1]?.tier ?? null;
      rows.push({
        date: step.date,
        datePrecision: step.precision,
        effectiveFrom: effectiveDay(step.date),
        key: d.key,
        kind: d.kind,
        name: d.name,
        nameVi: d.nameVi,
        tierBefore: before,
        tierAfter: step.tier,
        change: changeKind(before, step.tier),
        officialName: step.officialName,
        officialNameVi: step.officialNameVi,
        leaders: step.leaders.map(({ id, name, nameVi, role, roleVi }) => ({
          id,
          name,
          nameVi,
          role,
          roleVi,
        })),
        event: step.event
          ? { id: step.event.id, title: step.event.title, titleVi: step.event.titleVi, date: step.event.date }
          : null,
        note: step.note,
        noteVi: step.noteVi,
        citations: step.citations,
      });
    });
  }
  return rows.sort(
    (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.name.localeCompare(b.name, "en"),
  );
}

export function filterChanges(rows: readonly ChangeRow[], query: ChangeQuery): ChangeRow[] {
  return rows.filter(
    (r) =>
      (!query.from || r.effectiveFrom >= query.from) &&
      (!query.to || r.effectiveFrom <= query.to) &&
      (!query.focus ||
        r.key === query.focus ||
        r.event?.id === query.focus ||
        r.leaders.some((l) => l.id === query.focus)) &&
      (!query.tiers || query.tiers.includes(r.tierAfter) || query.tiers.includes(r.tierBefore ?? "none")),
  );
}
