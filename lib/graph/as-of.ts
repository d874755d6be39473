import { MultiDirectedGraph } from "graphology";
import { precisionOf, type DatePrecision } from "@/lib/schema/dates";
import type { TierCode, TierFilterCode } from "@/lib/schema/tiers";
import { relationsCountBound, type RelationsCountBound } from "./lower-bound";
import { HOME_KEY, type Network } from "./network";
import { isPresentAt, tierAt } from "./timeline";

export interface CountryNodeAttributes {
  kind: "country" | "organisation";
  label: string;
  labelVi: string;
  tier: TierCode | null;
  tierSince: string | null;
  /** Extension: "day", "month" or "year" — how precisely the source dates `tierSince`. */
  tierSincePrecision: DatePrecision | null;
  officialName: string | null;
  /**
   * Extension: the day the current official name counts from — a step inside the tier (a renaming or an
   * enhancement) moves it, never `tierSince` — and how precisely its source dates it.
   */
  officialNameSince: string | null;
  officialNameSincePrecision: DatePrecision | null;
  /** The day relations were established, where a source dates it. */
  relationsSince: string | null;
  /** Extension: how precisely the source dates `relationsSince`. */
  relationsSincePrecision: DatePrecision | null;
  /** Extension: where no source dates the establishment, the earliest dated evidence that relations existed. */
  relationsExistedBy: string | null;
  region: string;
  lat: number;
  lon: number;
}

export interface LeaderNodeAttributes {
  kind: "leader";
  label: string;
  labelVi: string | null;
  country: string;
}

export interface HomeNodeAttributes {
  kind: "home";
  label: string;
  labelVi: string;
}

export type ViewNodeAttributes = CountryNodeAttributes | LeaderNodeAttributes | HomeNodeAttributes;

export type ViewEdgeAttributes =
  | { kind: "partnership"; tier: TierCode | null }
  | { kind: "involvement"; date: string; tier: TierCode | null; event: string | null };

/** The view's own attributes: its query, and whether its count of countries is only a lower bound. */
export interface ViewGraphAttributes extends RelationsCountBound {
  asOf: string;
  tiers: string | null;
}

export type ViewGraph = MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>;

export interface GraphQuery {
  asOf: string;
  /** Null or empty: every partner. */
  tiers: readonly TierFilterCode[] | null;
}

function passesFilter(tier: TierCode | null, tiers: GraphQuery["tiers"]): boolean {
  if (!tiers || tiers.length === 0) return true;
  return tiers.includes(tier ?? "none");
}

/** The network as of the end of a day, narrowed to some tiers (which never changes a partner's tier). */
export function graphAsOf(network: Network, query: GraphQuery): ViewGraph {
  const view: ViewGraph = new MultiDirectedGraph();
  view.replaceAttributes({
    asOf: query.asOf,
    tiers: query.tiers?.join(",") ?? null,
    // Contract (2026-12, lower bounds): whether undated countries could add to this view's count.
    ...relationsCountBound(network.partners, query.asOf, query.tiers),
  });
  view.addNode(HOME_KEY, { kind: "home", label: "Vietnam", labelVi: "Việt Nam" });
  for (const partner of network.partners) {
    if (!isPresentAt(partner, query.asOf)) continue;
    const state = tierAt(partner, query.asOf);
    const tier = state?.tier ?? null;
    if (!passesFilter(tier, query.tiers)) continue;
    view.addNode(partner.key, {
      kind: partner.kind,
      label: partner.label,
      labelVi: partner.labelVi,
      tier,
      tierSince: state?.since ?? null,
      tierSincePrecision: state?.precision ?? null,
      officialName: state?.officialName ?? null,
      officialNameSince: state?.officialNameSince ?? null,
      officialNameSincePrecision: state?.officialNameSincePrecision ?? null,
      relationsSince: partner.relationsDate ? partner.relationsSince : null,
      relationsSincePrecision: partner.relationsDate ? precisionOf(partner.relationsDate) : null,
      relationsExistedBy: partner.relationsExistedBy,
      region: partner.region,
      lat: partner.lat,
      lon: partner.lon,
    });
    view.addDirectedEdgeWithKey(`${HOME_KEY}->${partner.key}`, HOME_KEY, partner.key, {
      kind: "partnership",
      tier,
    });
  }
  network.graph.forEachEdge((key, attrs, source, target) => {
    if (attrs.kind !== "involvement") return;
    const inv = attrs.involvement;
    if (inv.effective > query.asOf || !view.hasNode(target)) return;
    if (!view.hasNode(source)) {
      const leader = network.leaderById.get(source);
      if (!leader) return;
      view.addNode(source, {
        kind: "leader",
        label: leader.name,
        labelVi: leader.nameVi,
        country: leader.country,
      });
    }
    view.addDirectedEdgeWithKey(key, source, target, {
      kind: "involvement",
      date: inv.date,
      tier: inv.tier,
      event: inv.event,
    });
  });
  return view;
}
