import type { Citation, Event, Leader, OfficialTotal, Relationship, Source } from "@/lib/schema/dataset";
import { effectiveDay, firstDay } from "@/lib/schema/dates";
import { tierRank } from "@/lib/schema/tiers";
import { SINGLE_FILES } from "./files";
import type { DatasetProblem } from "./problems";

interface ParsedParts {
  relationships: { file: string; value: Relationship }[];
  leaders: Leader[];
  events: Event[];
  sources: Source[];
  totals: OfficialTotal[];
  /** Keys named by every relationship file, valid or not, so one broken file does not cascade. */
  fileKeys: string[];
}

/** Vietnam itself is the centre of the graph, not a relationship file, but leaders and events name it. */
const HOME = "VN";

function duplicates<T>(items: readonly T[], id: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(id(item), [...(seen.get(id(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** Checks what a schema cannot: references, uniqueness, chronology, tenures. */
export function crossCheck(parts: ParsedParts, today: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const sourceIds = new Set(parts.sources.map((s) => s.id));
  const leaderById = new Map(parts.leaders.map((l) => [l.id, l]));
  const eventIds = new Set(parts.events.map((e) => e.id));
  const countryKeys = new Set([HOME, ...parts.fileKeys, ...parts.relationships.map((r) => r.value.key)]);

  const checkDate = (file: string, path: string, value: string | null | undefined) => {
    if (value && firstDay(value) > today)
      add(file, path, `date ${value} is in the future (today is ${today})`);
  };
  const checkCitations = (file: string, path: string, citations: readonly Citation[]) => {
    citations.forEach((c, i) => {
      if (!sourceIds.has(c.source)) add(file, `${path}[${i}].source`, `unknown source "${c.source}"`);
    });
  };

  for (const [id, indexes] of duplicates(parts.sources, (s) => s.id)) {
    for (const i of indexes.slice(1))
      add(SINGLE_FILES.sources, `sources[${i}].id`, `duplicate source id "${id}"`);
  }
  for (const [id, indexes] of duplicates(parts.leaders, (l) => l.id)) {
    for (const i of indexes.slice(1))
      add(SINGLE_FILES.leaders, `leaders[${i}].id`, `duplicate leader id "${id}"`);
  }
  for (const [id, indexes] of duplicates(parts.events, (e) => e.id)) {
    for (const i of indexes.slice(1))
      add(SINGLE_FILES.events, `events[${i}].id`, `duplicate event id "${id}"`);
  }
  for (const [id, indexes] of duplicates(parts.totals, (t) => t.id)) {
    for (const i of indexes.slice(1))
      add(SINGLE_FILES.totals, `totals[${i}].id`, `duplicate total id "${id}"`);
  }
  for (const [key, indexes] of duplicates(parts.relationships, (r) => r.value.key)) {
    for (const i of indexes.slice(1)) {
      const rel = parts.relationships[i];
      if (rel) add(rel.file, "key", `duplicate relationship key "${key}"`);
    }
  }

  parts.sources.forEach((s, i) => checkDate(SINGLE_FILES.sources, `sources[${i}].published`, s.published));

  parts.leaders.forEach((leader, i) => {
    const base = `leaders[${i}]`;
    if (!countryKeys.has(leader.country))
      add(SINGLE_FILES.leaders, `${base}.country`, `unknown country "${leader.country}"`);
    leader.roles.forEach((role, j) => {
      const path = `${base}.roles[${j}]`;
      checkDate(SINGLE_FILES.leaders, `${path}.from`, role.from);
      checkDate(SINGLE_FILES.leaders, `${path}.to`, role.to);
      if (role.from && role.to && firstDay(role.to) < firstDay(role.from))
        add(SINGLE_FILES.leaders, `${path}.to`, `role ends (${role.to}) before it starts (${role.from})`);
      checkCitations(SINGLE_FILES.leaders, `${path}.citations`, role.citations);
    });
  });

  parts.events.forEach((event, i) => {
    const base = `events[${i}]`;
    checkDate(SINGLE_FILES.events, `${base}.date`, event.date);
    checkDate(SINGLE_FILES.events, `${base}.endDate`, event.endDate);
    if (event.endDate && firstDay(event.endDate) < firstDay(event.date))
      add(
        SINGLE_FILES.events,
        `${base}.endDate`,
        `event ends (${event.endDate}) before it starts (${event.date})`,
      );
    event.countries.forEach((c, j) => {
      if (!countryKeys.has(c)) add(SINGLE_FILES.events, `${base}.countries[${j}]`, `unknown country "${c}"`);
    });
    event.participants.forEach((p, j) => {
      if (!leaderById.has(p)) add(SINGLE_FILES.events, `${base}.participants[${j}]`, `unknown leader "${p}"`);
    });
    checkCitations(SINGLE_FILES.events, `${base}.citations`, event.citations);
  });

  parts.totals.forEach((total, i) => {
    checkDate(SINGLE_FILES.totals, `totals[${i}].date`, total.date);
    checkCitations(SINGLE_FILES.totals, `totals[${i}].citations`, total.citations);
  });

  const totalById = new Map(parts.totals.map((t) => [t.id, t]));
  const checkCountedIn = (file: string, relations: NonNullable<Relationship["relations"]>) => {
    if (!relations.countedIn) return;
    const path = "relations.countedIn";
    const total = totalById.get(relations.countedIn);
    if (!total) return add(file, path, `unknown official total "${relations.countedIn}"`);
    const stated = total.counts.relations;
    if (stated === undefined) return add(file, path, `${total.id} does not count relations`);
    if (total.date !== relations.existedBy)
      add(file, "relations.existedBy", `must be the date of ${total.id} (${total.date})`);
    // A count over every country means nothing while some relationship file is unreadable (reported already).
    if (parts.relationships.length !== parts.fileKeys.length) return;
    const day = effectiveDay(total.date);
    const possible = parts.relationships.filter(
      ({ value }) =>
        value.kind === "country" && !(value.relations?.date && firstDay(value.relations.date) > day),
    ).length;
    if (possible !== stated)
      add(
        file,
        path,
        `${total.id} gives ${stated}, but ${possible} countries are not dated later, so it does not show this one was counted`,
      );
  };

  for (const { file, value: rel } of parts.relationships) {
    const expectedName = `${rel.key}.json`;
    if (!file.endsWith(`/${expectedName}`)) add(file, "key", `key "${rel.key}" does not match the file name`);
    if (rel.kind === "country" && rel.relations === null)
      add(file, "relations", "a country needs the sourced date diplomatic relations were established");
    if (rel.relations) {
      if (rel.relations.date) checkDate(file, "relations.date", rel.relations.date);
      if (rel.relations.existedBy) checkDate(file, "relations.existedBy", rel.relations.existedBy);
      checkCitations(file, "relations.citations", rel.relations.citations);
      checkCountedIn(file, rel.relations);
    }
    let previousRank = 0;
    let previousDate: string | null = null;
    rel.tiers.forEach((step, i) => {
      const path = `tiers[${i}]`;
      checkDate(file, `${path}.date`, step.date);
      checkCitations(file, `${path}.citations`, step.citations);
      if (previousDate && effectiveDay(step.date) < effectiveDay(previousDate))
        add(file, `${path}.date`, `tier steps are out of order: ${step.date} comes after ${previousDate}`);
      if (rel.relations?.date && effectiveDay(step.date) < firstDay(rel.relations.date))
        add(
          file,
          `${path}.date`,
          `tier date ${step.date} is before diplomatic relations (${rel.relations.date})`,
        );
      const rank = tierRank(step.tier);
      if (rank < previousRank && !step.downgrade)
        add(
          file,
          `${path}.tier`,
          `steps down to "${step.tier}" without a recorded downgrade ("downgrade": true)`,
        );
      if (step.downgrade && rank >= previousRank)
        add(
          file,
          `${path}.downgrade`,
          `marked as a downgrade but "${step.tier}" is not lower than the step before`,
        );
      if (step.event && !eventIds.has(step.event))
        add(file, `${path}.event`, `unknown event "${step.event}"`);
      step.leaders.forEach((leaderId, j) => {
        const leader = leaderById.get(leaderId);
        if (!leader) return add(file, `${path}.leaders[${j}]`, `unknown leader "${leaderId}"`);
        if (!heldOfficeOn(leader, step.date, today))
          add(
            file,
            `${path}.leaders[${j}]`,
            `${leader.name} is credited with a tier change on ${step.date}, outside every recorded tenure`,
          );
      });
      previousRank = rank;
      previousDate = step.date;
    });
    rel.disagreements?.forEach((d, i) =>
      d.alternatives.forEach((alt, j) =>
        checkCitations(file, `disagreements[${i}].alternatives[${j}].citations`, alt.citations),
      ),
    );
  }
  return problems;
}

/** True when some role's tenure overlaps the (possibly partial) date; open ends count as open. */
export function heldOfficeOn(leader: Leader, date: string, today: string): boolean {
  const start = firstDay(date);
  const end = effectiveDay(date);
  return leader.roles.some((role) => {
    const from = role.from ? firstDay(role.from) : "0000-01-01";
    const to = role.to ? effectiveDay(role.to) : today;
    return from <= end && to >= start;
  });
}
