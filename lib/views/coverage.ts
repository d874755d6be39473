import type { Dataset } from "@/lib/schema/dataset";
import type { Lang } from "@/lib/schema/view-state";

export interface Coverage {
  countries: number;
  organisations: number;
  tierChanges: number;
  leaders: number;
  events: number;
  sources: number;
  citations: number;
  totals: number;
  disagreements: number;
  datedToTheDay: { relations: number; tierChanges: number };
  /** Countries whose establishment date no source gives, shown from the earliest evidence of relations. */
  relationsEvidenceOnly: number;
}

export interface EvidenceOnlyCountry {
  key: string;
  name: string;
  nameVi: string;
  existedBy: string;
  /** The evidence is an official total that leaves no room for the country to be missing. */
  countedInTotal: boolean;
}

/**
 * The countries whose establishment date no source gives yet (the research still to do, in the open),
 * in the alphabetical order of the reader's language.
 */
export function evidenceOnlyCountries(d: Dataset, lang: Lang): EvidenceOnlyCountry[] {
  return d.relationships
    .flatMap((r) =>
      r.relations?.existedBy
        ? [
            {
              key: r.key,
              name: r.name,
              nameVi: r.nameVi,
              existedBy: r.relations.existedBy,
              countedInTotal: r.relations.countedIn !== undefined,
            },
          ]
        : [],
    )
    .sort((a, b) =>
      lang === "vi" ? a.nameVi.localeCompare(b.nameVi, "vi") : a.name.localeCompare(b.name, "en"),
    );
}

/** Counts of what the dataset holds: printed by validate and shown on /data. */
export function datasetCoverage(d: Dataset): Coverage {
  const rels = d.relationships;
  const steps = rels.flatMap((r) => r.tiers);
  const citations =
    rels.reduce(
      (n, r) =>
        n +
        (r.relations?.citations.length ?? 0) +
        r.tiers.reduce((m, s) => m + s.citations.length, 0) +
        (r.disagreements ?? []).reduce(
          (m, x) => m + x.alternatives.reduce((k, a) => k + a.citations.length, 0),
          0,
        ),
      0,
    ) +
    d.leaders.reduce((n, l) => n + l.roles.reduce((m, r) => m + r.citations.length, 0), 0) +
    d.events.reduce((n, e) => n + e.citations.length, 0) +
    d.totals.reduce((n, t) => n + t.citations.length, 0);
  return {
    countries: rels.filter((r) => r.kind === "country").length,
    organisations: rels.filter((r) => r.kind === "organisation").length,
    tierChanges: steps.length,
    leaders: d.leaders.length,
    events: d.events.length,
    sources: d.sources.length,
    citations,
    totals: d.totals.length,
    disagreements: rels.reduce((n, r) => n + (r.disagreements?.length ?? 0), 0),
    datedToTheDay: {
      relations: rels.filter((r) => r.relations?.date?.length === 10).length,
      tierChanges: steps.filter((s) => s.date.length === 10).length,
    },
    relationsEvidenceOnly: rels.filter((r) => r.relations?.existedBy !== undefined).length,
  };
}
