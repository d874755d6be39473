import { MultiDirectedGraph } from "graphology";
import type { Dataset, Event, Leader } from "@/lib/schema/dataset";
import { effectiveDay } from "@/lib/schema/dates";
import type { TierCode } from "@/lib/schema/tiers";
import { timelines, type PartnerTimeline } from "./timeline";

export const HOME_KEY = "VN";

/** A leader took part in a tier change or an event concerning a country. */
export interface Involvement {
  leader: string;
  country: string;
  date: string;
  effective: string;
  tier: TierCode | null;
  event: string | null;
}

export type FullNodeAttributes =
  | { kind: "home"; label: string; labelVi: string }
  | { kind: "partner"; partner: PartnerTimeline }
  | { kind: "leader"; leader: Leader };

export type FullEdgeAttributes = { kind: "partnership" } | { kind: "involvement"; involvement: Involvement };

export interface Network {
  /** Every node and edge that ever existed; as-of views are filtered from it. */
  graph: MultiDirectedGraph<FullNodeAttributes, FullEdgeAttributes>;
  partners: PartnerTimeline[];
  partnerByKey: Map<string, PartnerTimeline>;
  leaderById: Map<string, Leader>;
  eventById: Map<string, Event>;
  involvements: Involvement[];
}

function collectInvolvements(dataset: Dataset): Involvement[] {
  const found = new Map<string, Involvement>();
  const add = (inv: Involvement) => {
    const id = `${inv.leader}|${inv.country}|${inv.date}|${inv.event ?? ""}|${inv.tier ?? ""}`;
    if (!found.has(id)) found.set(id, inv);
  };
  for (const rel of dataset.relationships) {
    for (const step of rel.tiers) {
      for (const leader of step.leaders) {
        add({
          leader,
          country: rel.key,
          date: step.date,
          effective: effectiveDay(step.date),
          tier: step.tier,
          event: step.event,
        });
      }
    }
  }
  for (const event of dataset.events) {
    const partners = event.countries.filter((c) => c !== HOME_KEY);
    for (const leader of event.participants) {
      for (const country of partners) {
        add({
          leader,
          country,
          date: event.date,
          effective: effectiveDay(event.date),
          tier: null,
          event: event.id,
        });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.effective.localeCompare(b.effective));
}

/** Builds the graph once from the validated dataset. */
export function buildNetwork(dataset: Dataset): Network {
  const graph = new MultiDirectedGraph<FullNodeAttributes, FullEdgeAttributes>();
  graph.addNode(HOME_KEY, { kind: "home", label: "Vietnam", labelVi: "Việt Nam" });
  const partners = timelines(dataset);
  for (const partner of partners) {
    graph.addNode(partner.key, { kind: "partner", partner });
    graph.addDirectedEdgeWithKey(`${HOME_KEY}->${partner.key}`, HOME_KEY, partner.key, {
      kind: "partnership",
    });
  }
  for (const leader of dataset.leaders) graph.addNode(leader.id, { kind: "leader", leader });
  const involvements = collectInvolvements(dataset);
  involvements.forEach((involvement, i) => {
    if (!graph.hasNode(involvement.country)) return;
    graph.addDirectedEdgeWithKey(
      `${involvement.leader}->${involvement.country}#${i}`,
      involvement.leader,
      involvement.country,
      {
        kind: "involvement",
        involvement,
      },
    );
  });
  return {
    graph,
    partners,
    partnerByKey: new Map(partners.map((p) => [p.key, p])),
    leaderById: new Map(dataset.leaders.map((l) => [l.id, l])),
    eventById: new Map(dataset.events.map((e) => [e.id, e])),
    involvements,
  };
}
