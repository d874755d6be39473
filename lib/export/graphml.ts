import type { ViewGraph } from "@/lib/graph";
import { escapeXml } from "@/lib/render/escape-xml";

const NODE_KEYS = [
  "kind",
  "label",
  "labelVi",
  "tier",
  "tierSince",
  "officialName",
  "relationsSince",
  "relationsExistedBy",
  "region",
  "country",
] as const;
const EDGE_KEYS = ["kind", "tier", "date", "event"] as const;

function data(values: Record<string, unknown>, keys: readonly string[], prefix: string): string {
  return keys
    .filter((k) => values[k] !== null && values[k] !== undefined)
    .map((k) => `      <data key="${prefix}_${k}">${escapeXml(String(values[k]))}</data>`)
    .join("\n");
}

/** GraphML with every attribute declared as a typed key (graphology-graphml has a parser but no writer). */
export function graphToGraphml(graph: ViewGraph): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodes: string[] = [];
  graph.forEachNode((key, a) =>
    nodes.push(
      `    <node id="${escapeXml(key)}">\n${data(a as unknown as Record<string, unknown>, NODE_KEYS, "n")}\n    </node>`,
    ),
  );
  const edges: string[] = [];
  graph.forEachEdge((key, a, source, target) =>
    edges.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${data(a as unknown as Record<string, unknown>, EDGE_KEYS, "e")}\n    </edge>`,
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="bamboo" edgedefault="directed">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
