import type { ViewGraph } from "@/lib/graph";
import { escapeXml } from "@/lib/render/escape-xml";
import { nodeColour } from "./node-colour";

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
/** Colour as Gephi's GraphML importer reads it (integer r, g, b) and as yEd-style tools read it (`color`). */
const COLOUR_KEYS = [
  { id: "n_r", name: "r", type: "int" },
  { id: "n_g", name: "g", type: "int" },
  { id: "n_b", name: "b", type: "int" },
  { id: "n_color", name: "color", type: "string" },
] as const;

/**
 * GraphML ids are XML NMTOKENs: letters, digits, `.`, `-`, `_` and `:` only. Graph keys such as `VN->AF` or
 * `leader:to-lam->AU#0` are not, so every other character (and `_` itself, to keep the mapping one-to-one)
 * is written as `_xHHHH_`, the escape XML tools use for names: `VN->AF` becomes `VN-_x003E_AF`.
 */
export function graphmlId(key: string): string {
  return key.replace(
    /[^A-Za-z0-9.:-]/gu,
    (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** A `<data>` per attribute with a value: a missing value (no tier, no date) is an absent element. */
function data(values: Record<string, unknown>, keys: readonly string[], prefix: string): string[] {
  return keys
    .filter((k) => values[k] !== null && values[k] !== undefined && values[k] !== "")
    .map((k) => `      <data key="${prefix}_${k}">${escapeXml(String(values[k]))}</data>`);
}

/** GraphML with every attribute declared as a typed key (graphology-graphml has a parser but no writer). */
export function graphToGraphml(graph: ViewGraph): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...COLOUR_KEYS.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodes: string[] = [];
  graph.forEachNode((key, a) => {
    const colour = nodeColour(a);
    const colours = [
      `      <data key="n_r">${colour.r}</data>`,
      `      <data key="n_g">${colour.g}</data>`,
      `      <data key="n_b">${colour.b}</data>`,
      `      <data key="n_color">${colour.hex}</data>`,
    ];
    nodes.push(
      [
        `    <node id="${graphmlId(key)}">`,
        ...data(a as unknown as Record<string, unknown>, NODE_KEYS, "n"),
        ...colours,
        "    </node>",
      ].join("\n"),
    );
  });
  const edges: string[] = [];
  graph.forEachEdge((key, a, source, target) =>
    edges.push(
      [
        `    <edge id="${graphmlId(key)}" source="${graphmlId(source)}" target="${graphmlId(target)}">`,
        ...data(a as unknown as Record<string, unknown>, EDGE_KEYS, "e"),
        "    </edge>",
      ].join("\n"),
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
