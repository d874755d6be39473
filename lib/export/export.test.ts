import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { getGraphAsOf } from "@/lib/graph";
import { GRAPH_COLUMNS, graphToCsv } from "./csv";
import { graphToGexf } from "./gexf";
import { graphmlId, graphToGraphml } from "./graphml";

/** The official GEXF 1.3 RelaxNG schema, vendored unchanged (see its README). */
const GEXF_SCHEMA = path.resolve(__dirname, "schemas/gexf-1.3/gexf.rng");

/** The official GraphML 1.0 XML Schema, vendored unchanged (see its README). */
const GRAPHML_SCHEMA = path.resolve(__dirname, "schemas/graphml-1.0/graphml.xsd");

/** Runs xmllint with `--relaxng` or `--schema` (XSD) on the document; throws with its report if invalid. */
function xmllint(kind: "--relaxng" | "--schema", schema: string, xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bamboo-xml-")), "graph.xml");
  writeFileSync(file, xml);
  return execFileSync("xmllint", ["--noout", kind, schema, file], { encoding: "utf8", stdio: "pipe" });
}
const xmllintRelaxng = (schema: string, xml: string) => xmllint("--relaxng", schema, xml);

const graph = getGraphAsOf({ asOf: "2024-03-10", tiers: null });
const countryKeys = graph.filterNodes((_k, a) => a.kind === "country" || a.kind === "organisation").sort();

describe("exports", () => {
  it("GEXF round-trips through graphology-gexf with typed tier attributes and colours", () => {
    const back = parseGexf(Graph, graphToGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes("AU")).toMatchObject({
      label: "Australia",
      tier: "comprehensive-strategic",
      tierSince: "2024-03-07",
      labelVi: "Úc",
    });
    expect(back.getNodeAttribute("AU", "color")).toMatch(/^rgb/);
    // No tier is an absent attribute, never a placeholder string.
    const af = back.getNodeAttributes("AF");
    expect(graph.getNodeAttributes("AF")).toMatchObject({ tier: null });
    expect(af.tier).toBeUndefined();
    expect(graphToGexf(graph)).not.toContain('value="none"');
  });

  it("GEXF validates against the official GEXF 1.3 RelaxNG schema, with the date in its description", () => {
    const gexf = graphToGexf(graph);
    expect(() => xmllintRelaxng(GEXF_SCHEMA, gexf)).not.toThrow();
    expect(gexf).toContain(
      "<description>Vietnam's diplomatic partnership network as of 2024-03-10</description>",
    );
    const filtered = graphToGexf(getGraphAsOf({ asOf: "2010-01-01", tiers: ["strategic", "none"] }));
    expect(() => xmllintRelaxng(GEXF_SCHEMA, filtered)).not.toThrow();
    expect(filtered).toContain("as of 2010-01-01 (tiers: strategic,none)");
  });

  it("GraphML round-trips through graphology-graphml to the same nodes and attributes", () => {
    const back = parseGraphml(Graph, graphToGraphml(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const countries: string[] = [];
    graph.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      expect(b.label, key).toBe(a.label);
      if (a.kind === "country") countries.push(key);
    });
    expect(countries.length).toBeGreaterThan(100);
    expect(countries.map((key) => [key, back.getNodeAttributes(key).tier ?? null])).toEqual(
      countries.map((key) => [key, (graph.getNodeAttributes(key) as { tier: string | null }).tier]),
    );
  });

  it("GraphML validates against the official GraphML 1.0 XSD: every id an NMTOKEN, one per edge", () => {
    const graphml = graphToGraphml(graph);
    expect(() => xmllint("--schema", GRAPHML_SCHEMA, graphml)).not.toThrow();
    const filtered = graphToGraphml(getGraphAsOf({ asOf: "2010-01-01", tiers: ["strategic", "none"] }));
    expect(() => xmllint("--schema", GRAPHML_SCHEMA, filtered)).not.toThrow();
    const edgeIds = [...graphml.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
    expect(edgeIds.length).toBe(graph.size);
    expect(new Set(edgeIds).size).toBe(graph.size);
    // The graph's own keys (`VN->AF`, `leader:…->AU#0`) are not NMTOKENs; their GraphML ids are.
    expect(graph.edges().some((key) => !/^[\w.:-]+$/.test(key))).toBe(true);
    for (const id of edgeIds) expect(id).toMatch(/^[\w.:-]+$/);
    expect(graphml).toContain(`<edge id="${graphmlId("VN->AU")}" source="VN" target="AU">`);
  });

  it("GraphML ids are one-to-one with graph keys: different keys never share an id", () => {
    const keys = ["VN->AF", "VN-_x003E_AF", "a_b", "a#b", "a b", "Úc"];
    expect(new Set(keys.map(graphmlId)).size).toBe(keys.length);
    for (const key of keys) expect(graphmlId(key)).toMatch(/^[\w.:-]+$/);
  });

  it("GraphML carries each node's tier colour as r, g, b and color, the explorer's palette", () => {
    const graphml = graphToGraphml(graph);
    const au = graphml.slice(
      graphml.indexOf('<node id="AU">'),
      graphml.indexOf("</node>", graphml.indexOf('<node id="AU">')),
    );
    expect(au).toContain('<data key="n_r">0</data>');
    expect(au).toContain('<data key="n_g">114</data>');
    expect(au).toContain('<data key="n_b">178</data>');
    // graphology-graphml, like Gephi, reads r/g/b as the node's colour.
    const back = parseGraphml(Graph, graphml);
    expect(back.getNodeAttribute("AU", "color")).toBe("#0072b2"); // comprehensive strategic
    expect(back.getNodeAttribute("AF", "color")).toBe("#8c8c8c"); // no tier: grey
    expect(back.getNodeAttribute("AF", "tier")).toBeUndefined(); // no tier: no tier attribute
  });

  it("CSV has one row per partner matching the JSON graph", () => {
    const csv = graphToCsv(graph, "en");
    expect(csv.startsWith("\uFEFF")).toBe(true); // Excel reads UTF-8 only with the byte order mark
    const lines = csv.slice(1).trim().split("\r\n");
    // The contract's names first, in its order; then the extensions and `kind`.
    expect(lines[0]).toBe(
      '"key","name","tier","tierSince","relationsSince","relationsExistedBy","tierSincePrecision","relationsSincePrecision","kind"',
    );
    const rows = lines.slice(1).map((l) => l.slice(1, -1).split('","'));
    expect(rows.map((r) => r[0]).sort()).toEqual(countryKeys);
    for (const [
      key,
      name,
      tier,
      since,
      relations,
      existedBy,
      sincePrecision,
      relationsPrecision,
      kind,
    ] of rows) {
      const a = graph.getNodeAttributes(key!);
      if (a.kind !== "country" && a.kind !== "organisation") throw new Error("not a partner");
      expect([name, tier, since, relations, existedBy, sincePrecision, relationsPrecision, kind]).toEqual([
        a.label,
        a.tier ?? "",
        a.tierSince ?? "",
        a.relationsSince ?? "",
        a.relationsExistedBy ?? "",
        a.tierSincePrecision ?? "",
        a.relationsSincePrecision ?? "",
        a.kind,
      ]);
    }
  });

  it("CSV keeps the contract's English column names in Vietnamese and tells the EU apart by kind", () => {
    // The EU holds a tier (and so is a node) from 29 January 2026.
    const vi = graphToCsv(getGraphAsOf({ asOf: "2026-06-01", tiers: null }), "vi")
      .slice(1)
      .trim()
      .split("\r\n");
    expect(vi[0]).toBe(GRAPH_COLUMNS.map((c) => `"${c.name}"`).join(","));
    expect(vi[0]?.split(",").slice(0, 5)).toEqual([
      '"key"',
      '"name"',
      '"tier"',
      '"tierSince"',
      '"relationsSince"',
    ]);
    const byKey = new Map(vi.slice(1).map((l) => [l.slice(1, 3), l.slice(1, -1).split('","')]));
    expect(byKey.get("EU")?.at(-1)).toBe("organisation");
    expect(byKey.get("AU")?.at(-1)).toBe("country");
    expect(byKey.get("AU")?.[1]).toBe("Úc"); // values still follow the language
  });
});
