import { write } from "graphology-gexf";
import type { ViewGraph } from "@/lib/graph";
import { HOME_COLOUR, LEADER_COLOUR, TIER_STYLE } from "@/lib/render/palette";

function rgb(hex: string) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** GEXF 1.3 with typed attributes and tier colours, so Gephi colours by tier out of the box. */
export function graphToGexf(graph: ViewGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, a) => {
      const colour =
        a.kind === "home"
          ? HOME_COLOUR
          : a.kind === "leader"
            ? LEADER_COLOUR
            : TIER_STYLE[a.tier ?? "none"].colour;
      const attributes: Record<string, string> =
        a.kind === "leader"
          ? { kind: a.kind, labelVi: a.labelVi ?? "", country: a.country }
          : a.kind === "home"
            ? { kind: a.kind, labelVi: a.labelVi }
            : {
                kind: a.kind,
                labelVi: a.labelVi,
                tier: a.tier ?? "none",
                tierSince: a.tierSince ?? "",
                officialName: a.officialName ?? "",
                relationsSince: a.relationsSince ?? "",
                relationsExistedBy: a.relationsExistedBy ?? "",
                region: a.region,
              };
      return { label: a.label, attributes, viz: { color: rgb(colour) } };
    },
    formatEdge: (_key, a) => ({
      attributes:
        a.kind === "partnership"
          ? { kind: a.kind, tier: a.tier ?? "none" }
          : { kind: a.kind, tier: a.tier ?? "", date: a.date, event: a.event ?? "" },
    }),
  });
}
