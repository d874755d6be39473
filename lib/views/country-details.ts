import type { Dataset, Event, Leader, LeaderRole } from "@/lib/schema/dataset";
import { effectiveDay, firstDay, precisionOf, type DatePrecision } from "@/lib/schema/dates";
import type { TierCode } from "@/lib/schema/tiers";
import { citationResolver, type ResolvedCitation } from "./citations";

export interface LeaderRef {
  id: string;
  name: string;
  nameVi: string | null;
  country: string;
  /** The role held on the date of the change, as the data words it. */
  role: string | null;
  roleVi: string | null;
}

export interface EventRef {
  id: string;
  title: string;
  titleVi: string | null;
  kind: string;
  date: string;
  endDate: string | null;
  place: string | null;
  citations: ResolvedCitation[];
}

export interface LadderStep {
  tier: TierCode;
  /** A renaming or enhancement inside the tier already held: not a change of tier. */
  withinTier: boolean;
  date: string;
  precision: DatePrecision;
  officialName: string | null;
  officialNameVi: string | null;
  leaders: LeaderRef[];
  event: EventRef | null;
  citations: ResolvedCitation[];
  note: string | null;
  noteVi: string | null;
}

export interface CountryDetails {
  key: string;
  kind: "country" | "organisation";
  name: string;
  nameVi: string;
  region: string;
  relations: {
    date: string;
    /** `established`: the date relations were established; `existedBy`: only evidence they existed by then. */
    basis: "established" | "existedBy";
    precision: DatePrecision;
    citations: ResolvedCitation[];
    /** Only an encyclopedia gives the date (validation refuses one beside a primary source): shown marked. */
    fromEncyclopedia: boolean;
    note: string | null;
    noteVi: string | null;
  } | null;
  ladder: LadderStep[];
  events: EventRef[];
  leaders: LeaderRef[];
  disagreements: {
    about: string;
    aboutVi: string | null;
    used: string;
    reason: string;
    reasonVi: string | null;
    alternatives: { value: string; citations: ResolvedCitation[] }[];
  }[];
}

/** The office a leader held on a (partial) date, if the data dates one that covers it. */
export function roleOn(leader: Leader, date: string): LeaderRole | null {
  const start = firstDay(date);
  const end = effectiveDay(date);
  return (
    leader.roles.find(
      (r) => (r.from ? firstDay(r.from) : "0000") <= end && (r.to ? effectiveDay(r.to) : "9999") >= start,
    ) ?? null
  );
}

/** An event as the pages show it, its citations resolved: the country page and the leader page share it. */
export function toEventRef(e: Event, resolve: ReturnType<typeof citationResolver>): EventRef {
  return {
    id: e.id,
    title: e.title,
    titleVi: e.titleVi ?? null,
    kind: e.kind,
    date: e.date,
    endDate: e.endDate,
    place: e.place,
    citations: resolve(e.citations),
  };
}

/** Everything the details panel and the country page show, with every citation resolved. */
export function allCountryDetails(dataset: Dataset): Map<string, CountryDetails> {
  const resolve = citationResolver(dataset);
  const leaders = new Map(dataset.leaders.map((l) => [l.id, l]));
  const eventRef = (id: string | null): EventRef | null => {
    const e = id ? dataset.events.find((x) => x.id === id) : undefined;
    return e ? toEventRef(e, resolve) : null;
  };
  const leaderRef = (id: string, date: string): LeaderRef[] => {
    const l = leaders.get(id);
    if (!l) return [];
    const role = roleOn(l, date);
    return [
      {
        id,
        name: l.name,
        nameVi: l.nameVi,
        country: l.country,
        role: role?.title ?? null,
        roleVi: role?.titleVi ?? null,
      },
    ];
  };
  const result = new Map<string, CountryDetails>();
  for (const rel of dataset.relationships) {
    const ladder: LadderStep[] = rel.tiers.map((s, i) => ({
      tier: s.tier,
      withinTier: i > 0 && rel.tiers[i - 1]?.tier === s.tier,
      date: s.date,
      precision: precisionOf(s.date),
      officialName: s.officialName,
      officialNameVi: s.officialNameVi ?? null,
      leaders: s.leaders.flatMap((id) => leaderRef(id, s.date)),
      event: eventRef(s.event),
      citations: resolve(s.citations),
      note: s.note ?? null,
      noteVi: s.noteVi ?? null,
    }));
    const events = dataset.events
      .filter((e) => e.countries.includes(rel.key))
      .sort((a, b) => a.date.localeCompare(b.date))
      .flatMap((e) => eventRef(e.id) ?? []);
    const seen = new Set<string>();
    const involved = [
      ...ladder.flatMap((s) => s.leaders),
      ...dataset.events
        .filter((e) => e.countries.includes(rel.key))
        .flatMap((e) => e.participants.flatMap((id) => leaderRef(id, e.date))),
    ].filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
    const relationsDate = rel.relations?.date ?? rel.relations?.existedBy;
    const relationsCitations = resolve(rel.relations?.citations ?? []);
    result.set(rel.key, {
      key: rel.key,
      kind: rel.kind,
      name: rel.name,
      nameVi: rel.nameVi,
      region: rel.region,
      relations:
        rel.relations && relationsDate
          ? {
              date: relationsDate,
              basis: rel.relations.date ? "established" : "existedBy",
              precision: precisionOf(relationsDate),
              citations: relationsCitations,
              fromEncyclopedia: relationsCitations.some((c) => c.kind === "encyclopedia"),
              note: rel.relations.note ?? null,
              noteVi: rel.relations.noteVi ?? null,
            }
          : null,
      ladder,
      events,
      leaders: involved,
      disagreements: (rel.disagreements ?? []).map((d) => ({
        about: d.about,
        aboutVi: d.aboutVi ?? null,
        used: d.used,
        reason: d.reason,
        reasonVi: d.reasonVi ?? null,
        alternatives: d.alternatives.map((a) => ({ value: a.value, citations: resolve(a.citations) })),
      })),
    });
  }
  return result;
}
