import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { renderSvg } from "@/lib/render/svg";
import { buildScene } from "./build";
import { leaderEmphasis } from "./emphasis";
import { sceneInputsFromGraph } from "./from-graph";
import { screenType } from "./picture";

const asOf = "2025-12-31";
const graph = getGraphAsOf({ asOf, tiers: null });
const { partners, leaders } = sceneInputsFromGraph(graph, "en", true);
const scene = buildScene({
  partners,
  leaders,
  width: 1000,
  height: 700,
  ...screenType(1000, 700),
  lang: "en",
  layout: "rings",
  expandUnaligned: false,
  measure: measureWithNotoSans,
});
const toLam = "leader:to-lam";

describe("a selected leader", () => {
  it("brings forward their links and the partners they dealt with, and nothing else", () => {
    const emphasis = leaderEmphasis(scene, toLam);
    const partnersOfToLam = graph.outNeighbors(toLam);
    expect(partnersOfToLam.length).toBeGreaterThan(3);
    expect([...(emphasis?.links ?? [])].sort()).toEqual(partnersOfToLam.map((p) => `${toLam}->${p}`).sort());
    expect([...(emphasis?.marks ?? [])].sort()).toEqual([toLam, "VN", ...partnersOfToLam].sort());
  });

  it("is no emphasis for a partner or a leader not drawn", () => {
    expect(leaderEmphasis(scene, "AU")).toBeNull();
    expect(leaderEmphasis(scene, "leader:nobody")).toBeNull();
  });

  it("fades every other mark and link in the picture, and draws their links solid", () => {
    const svg = renderSvg(graph, {
      asOf,
      width: 1200,
      height: 800,
      theme: "light",
      lang: "en",
      layout: "rings",
      showLeaders: true,
      creditUrl: null,
      focus: toLam,
    });
    const selected = [...svg.matchAll(/class="involvement selected"/g)];
    expect(selected).toHaveLength(graph.outNeighbors(toLam).length);
    const mark = (key: string) => new RegExp(`<g class="node" data-key="${key}"[^>]*>`).exec(svg)?.[0] ?? "";
    expect(mark(toLam)).not.toContain("opacity");
    expect(mark("FR")).not.toContain("opacity");
    // Japan's upgrades were signed by other leaders: faded.
    expect(graph.outNeighbors(toLam)).not.toContain("JP");
    expect(mark("JP")).toContain('opacity="0.2"');
    expect(mark("leader:pham-minh-chinh")).toContain('opacity="0.2"');
  });
});
