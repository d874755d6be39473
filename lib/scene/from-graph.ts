import type { ViewGraph } from "@/lib/graph";
import type { SceneLeader, ScenePartner } from "./types";

/** Vietnam's leaders keep their diacritics in every language; others use their usual spelling in English. */
export function leaderLabel(
  leader: { label: string; labelVi: string | null; country: string },
  lang: "en" | "vi",
) {
  return (lang === "vi" || leader.country === "VN") && leader.labelVi ? leader.labelVi : leader.label;
}

/** The scene's inputs from a server-side view graph (the canvas builds the same from its rows). */
export function sceneInputsFromGraph(graph: ViewGraph, lang: "en" | "vi", withLeaders: boolean) {
  const partners: ScenePartner[] = [];
  const leaders: SceneLeader[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "country" || a.kind === "organisation")
      partners.push({
        key,
        kind: a.kind,
        tier: a.tier,
        label: a.label,
        labelVi: a.labelVi,
        lat: a.lat,
        lon: a.lon,
      });
    else if (a.kind === "leader" && withLeaders)
      leaders.push({
        key,
        label: leaderLabel(a, lang),
        country: a.country,
        partners: [...new Set(graph.outNeighbors(key))],
      });
  });
  return { partners, leaders };
}
