import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
import type { Dataset } from "@/lib/schema/dataset";
import type { DatePrecision } from "@/lib/schema/dates";
import type { TierCode } from "@/lib/schema/tiers";
import { citationResolver, type ResolvedCitation } from "./citations";
import { toEventRef, type CountryDetails, type EventRef } from "./country-details";
import { getCountryDetails } from "./payload";

export interface LeaderOffice {
  role: string;
  title: string;
  titleVi: string | null;
  from: string | null;
  to: string | null;
  citations: ResolvedCitation[];
}

/** A tier step of some partner that credits the leader, with the tier it left. */
export interface LeaderTierStep {
  partner: { key: string; name: string; nameVi: string };
  from: TierCode | null;
  to: TierCode;
  withinTier: boolean;
  date: string;
  precision: DatePrecision;
  officialName: string | null;
  officialNameVi: string | null;
  event: EventRef | null;
  citations: ResolvedCitation[];
}

export interface LeaderEvent extends EventRef {
  partners: { key: string; name: string; nameVi: string }[];
}

export interface LeaderPage {
  id: string;
  name: string;
  nameVi: string | null;
  country: string;
  offices: LeaderOffice[];
  tierSteps: LeaderTierStep[];
  events: LeaderEvent[];
}

/** Everything `/leader/{slug}` shows: offices, the tier steps and events the leader took part in, cited. */
export function leaderPage(
  dataset: Dataset,
  details: (key: string) => CountryDetails | null,
  id: string,
): LeaderPage | null {
  const leader = dataset.leaders.find((l) => l.id === id);
  if (!leader) return null;
  const resolve = citationResolver(dataset);
  const partnerRef = (key: string) => {
    const d = details(key);
    return d ? [{ key, name: d.name, nameVi: d.nameVi }] : [];
  };
  const tierSteps = dataset.relationships.flatMap((rel) => {
    const d = details(rel.key);
    if (!d) return [];
    return d.ladder.flatMap((step, i): LeaderTierStep[] =>
      step.leaders.some((l) => l.id === id)
        ? [
            {
              partner: { key: d.key, name: d.name, nameVi: d.nameVi },
              from: d.ladder[i - 1]?.tier ?? null,
              to: step.tier,
              withinTier: step.withinTier,
              date: step.date,
              precision: step.precision,
              officialName: step.officialName,
              officialNameVi: step.officialNameVi,
              event: step.event,
              citations: step.citations,
            },
          ]
        : [],
    );
  });
  const events = dataset.events
    .filter((e) => e.participants.includes(id))
    .map((e): LeaderEvent => ({
      ...toEventRef(e, resolve),
      partners: e.countries.filter((c) => c !== "VN").flatMap(partnerRef),
    }));
  const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
  return {
    id: leader.id,
    name: leader.name,
    nameVi: leader.nameVi,
    country: leader.country,
    offices: leader.roles
      .map((r) => ({
        role: r.role,
        title: r.title,
        titleVi: r.titleVi ?? null,
        from: r.from,
        to: r.to,
        citations: resolve(r.citations),
      }))
      // Offices in order of their start; an undated start sorts last, where the reader looks for gaps.
      .sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999")),
    tierSteps: tierSteps.sort(byDate),
    events: events.sort(byDate),
  };
}

const pages = new Map<string, LeaderPage>();

/** Leader pages built on first request (only for leaders that exist); a release never changes at run time. */
export function getLeaderPage(id: string, v: string | null = null): LeaderPage | null {
  const key = `${getDatasetVersion(v)}|${id}`;
  const hit = pages.get(key);
  if (hit) return hit;
  const page = leaderPage(getDataset(v), (partner) => getCountryDetails(partner, v), id);
  if (page) pages.set(key, page);
  return page;
}
