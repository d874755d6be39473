import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { ViewGraph } from "@/lib/graph";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "@/lib/graph/as-of";
import { nodeColour } from "./node-colour";

/** Attributes with a value; a missing value (no tier, no date) is an absent attvalue, never a placeholder. */
function present(values: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
}

/**
 * graphology-gexf adds an XSD location hint that the official RelaxNG schema does not allow; the namespace
 * alone identifies GEXF 1.3.
 */
const XSD_HINT =
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"';

/**
 * GEXF 1.3, valid against the official schema: typed attributes and tier colours so Gephi colours by
 * tier out of the box. The view's date goes in `<meta><description>` (GEXF has no custom metadata).
 */
export function graphToGexf(graph: ViewGraph): string {
  const asOf = String(graph.getAttribute("asOf"));
  const tiers = graph.getAttribute("tiers");
  const bound = graph.getAttribute("relationsCountIsLowerBound")
    ? `; the count of countries is a lower bound: the start of relations with ${graph.getAttribute("undatedCount")} more is undated`
    : "";
  // GEXF's meta takes its own attributes, so the nodes and edges go into a graph without the view's.
  const described = new MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  graph.forEachNode((key, a) => described.addNode(key, a));
  graph.forEachEdge((key, a, source, target) => described.addDirectedEdgeWithKey(key, source, target, a));
  described.replaceAttributes({
    creator: "Bamboo",
    description: `Vietnam's diplomatic partnership network as of ${asOf}${tiers ? ` (tiers: ${String(tiers)})` : ""}${bound}`,
    keywords: `asOf=${asOf}`,
  });
  const gexf = write(described, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, a) => {
      const { r, g, b } = nodeColour(a);
      const attributes =
        a.kind === "leader"
          ? present({ kind: a.kind, labelVi: a.labelVi, country: a.country })
          : a.kind === "home"
            ? present({ kind: a.kind, labelVi: a.labelVi })
            : present({
                kind: a.kind,
                labelVi: a.labelVi,
                tier: a.tier,
                tierSince: a.tierSince,
                officialName: a.officialName,
                relationsSince: a.relationsSince,
                relationsExistedBy: a.relationsExistedBy,
                region: a.region,
              });
      return { label: a.label, attributes, viz: { color: `rgb(${r},${g},${b})` } };
    },
    formatEdge: (_key, a) => ({
      attributes:
        a.kind === "partnership"
          ? present({ kind: a.kind, tier: a.tier })
          : present({ kind: a.kind, tier: a.tier, date: a.date, event: a.event }),
    }),
  });
  return gexf.replace(XSD_HINT, "");
}
