import type { Citation, Dataset, Source } from "@/lib/schema/dataset";
import type { ReleaseChange } from "./release-files";

/**
 * What changed between two releases, fact by fact. Each fact has an identity that survives a correction of
 * its value (a tier step is "the partner's first step to `strategic`", not its date), so a corrected date
 * shows as one correction with the value before and after rather than as a removal and an addition.
 */
interface Fact {
  key: string;
  what: string;
  /** The fact's value in words, compared and shown as before/after. */
  value: string;
  citations: Citation[];
}

const ordinal = (n: number) => `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;

/** Numbers each repeat of the same label (a partner's second step to the same tier, a leader's second term). */
function numbered<T>(items: readonly T[], label: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = label(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [`${base} (${ordinal(n)})`, item];
  });
}

const words = (parts: readonly (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === "string" && p !== "").join(" · ");

function facts(dataset: Dataset): Fact[] {
  const out: Fact[] = [];
  for (const r of dataset.relationships) {
    out.push({ key: r.key, what: "partner", value: words([r.name, r.nameVi, r.kind]), citations: [] });
    if (r.relations)
      out.push({
        key: r.key,
        what: "relations established",
        value: r.relations.date ?? `undated; in place by ${r.relations.existedBy ?? "?"}`,
        citations: r.relations.citations,
      });
    for (const [what, step] of numbered(r.tiers, (s) => `tier step: ${s.tier}`))
      out.push({
        key: r.key,
        what,
        value: words([
          step.date,
          step.officialName,
          step.officialNameVi,
          step.leaders.join(", "),
          step.event,
          step.downgrade && "downgrade",
        ]),
        citations: step.citations,
      });
    for (const d of r.disagreements ?? [])
      out.push({
        key: r.key,
        what: `disagreement: ${d.about}`,
        value: `used ${d.used}`,
        citations: d.alternatives.flatMap((a) => a.citations),
      });
  }
  for (const leader of dataset.leaders) {
    out.push({ key: leader.id, what: "leader", value: words([leader.name, leader.nameVi]), citations: [] });
    for (const [what, role] of numbered(leader.roles, (r) => `office: ${r.role}`))
      out.push({
        key: leader.id,
        what,
        value: words([role.title, `${role.from ?? "?"} to ${role.to ?? "now"}`]),
        citations: role.citations,
      });
  }
  for (const event of dataset.events)
    out.push({
      key: event.id,
      what: "event",
      value: words([event.date, event.title, event.place, event.participants.join(", ")]),
      citations: event.citations,
    });
  for (const total of dataset.totals)
    out.push({
      key: total.id,
      what: "official total",
      value: words([
        total.date,
        Object.entries(total.counts)
          .map(([measure, n]) => `${measure} ${n}`)
          .join(", "),
      ]),
      citations: total.citations,
    });
  return out;
}

const quotes = (citations: readonly Citation[]) =>
  citations.map((c) => `${c.source}: ${c.quote}`).join(" | ");

/** The changes from `before` to `after`, in the order of `after`'s facts (removals last). */
export function computeChangelog(before: Dataset, after: Dataset): ReleaseChange[] {
  const urls = new Map<string, string | null>(
    after.sources.concat(before.sources).map((s: Source) => [s.id, s.url]),
  );
  const cite = (citations: readonly Citation[]) =>
    citations.map((c) => ({ url: urls.get(c.source) ?? null, quote: c.quote }));
  const id = (f: Fact) => `${f.key}\u0000${f.what}`;
  const old = new Map(facts(before).map((f) => [id(f), f]));
  const changes: ReleaseChange[] = [];
  for (const fact of facts(after)) {
    const was = old.get(id(fact));
    old.delete(id(fact));
    if (!was) {
      changes.push({
        kind: "added",
        key: fact.key,
        what: fact.what,
        after: fact.value,
        citations: cite(fact.citations),
      });
    } else if (was.value !== fact.value) {
      changes.push({
        kind: "corrected",
        key: fact.key,
        what: fact.what,
        before: was.value,
        after: fact.value,
        citations: cite(fact.citations),
      });
    } else if (quotes(was.citations) !== quotes(fact.citations)) {
      changes.push({
        kind: "corrected",
        key: fact.key,
        what: `${fact.what}: citations`,
        before: quotes(was.citations),
        after: quotes(fact.citations),
        citations: cite(fact.citations),
      });
    }
  }
  for (const fact of old.values())
    changes.push({
      kind: "removed",
      key: fact.key,
      what: fact.what,
      before: fact.value,
      citations: cite(fact.citations),
    });
  return changes;
}

export interface BaselineCounts {
  partners: number;
  leaders: number;
  events: number;
  totals: number;
}

/** The first release's summary: what the baseline holds. */
export function baselineSummary(c: BaselineCounts): string {
  return `Baseline release: ${c.partners} partners, ${c.leaders} leaders, ${c.events} events, ${c.totals} official totals`;
}

/** The counts back from a summary `baselineSummary` wrote, or null for any other summary (pages translate them). */
export function parseBaselineSummary(summary: string): BaselineCounts | null {
  const m = /^Baseline release: (\d+) partners, (\d+) leaders, (\d+) events, (\d+) official totals$/.exec(
    summary,
  );
  return m
    ? { partners: Number(m[1]), leaders: Number(m[2]), events: Number(m[3]), totals: Number(m[4]) }
    : null;
}

/** A one-line summary of a changelog: "12 added, 3 corrected, 1 removed". */
export function summariseChanges(changes: readonly ReleaseChange[]): string {
  const count = (kind: ReleaseChange["kind"]) => changes.filter((c) => c.kind === kind).length;
  return `${count("added")} added, ${count("corrected")} corrected, ${count("removed")} removed`;
}
