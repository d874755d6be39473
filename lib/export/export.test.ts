import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { getGraphAsOf } from "@/lib/graph";
import { graphToCsv } from "./csv";
import { graphToGexf } from "./gexf";
import { graphToGraphml } from "./graphml";

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
  });

  it("GraphML round-trips through graphology-graphml to the same nodes and attributes", () => {
    const back = parseGraphml(Graph, graphToGraphml(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      expect(b.label, key).toBe(a.label);
      if (a.kind === "country") expect(b.tier ?? null, key).toBe(a.tier);
    });
  });

  it("CSV has one row per partner matching the JSON graph", () => {
    const lines = graphToCsv(graph, "en").trim().split("\r\n");
    expect(lines[0]).toBe(
      '"key","name","tier","tierSince","relationsSince","relationsExistedBy","tierSincePrecision","relationsSincePrecision"',
    );
    const rows = lines.slice(1).map((l) => l.slice(1, -1).split('","'));
    expect(rows.map((r) => r[0]).sort()).toEqual(countryKeys);
    for (const [key, name, tier, since, relations, existedBy, sincePrecision, relationsPrecision] of rows) {
      const a = graph.getNodeAttributes(key!);
      if (a.kind !== "country" && a.kind !== "organisation") throw new Error("not a partner");
      expect([name, tier, since, relations, existedBy, sincePrecision, relationsPrecision]).toEqual([
        a.label,
        a.tier ?? "",
        a.tierSince ?? "",
        a.relationsSince ?? "",
        a.relationsExistedBy ?? "",
        a.tierSincePrecision ?? "",
        a.relationsSincePrecision ?? "",
      ]);
    }
    expect(graphToCsv(graph, "vi").split("\r\n")[0]).toContain("cấp độ");
  });
});
