import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { buildScene } from "./build";
import { sceneInputsFromGraph } from "./from-graph";
import { selectableAt } from "./hit";
import { screenType } from "./picture";
import { markReach } from "./shapes";

const scene = buildScene({
  ...sceneInputsFromGraph(getGraphAsOf({ asOf: "2025-12-31", tiers: null }), "en", true),
  width: 1200,
  height: 800,
  lang: "en",
  layout: "rings",
  expandUnaligned: false,
  measure: measureWithNotoSans,
  ...screenType(1200, 800),
});
const partners = scene.nodes.filter((n) => n.kind === "country" || n.kind === "organisation");

describe("selectableAt (a tap on the first picture)", () => {
  it("picks each partner at its mark's centre and at the edge of its mark", () => {
    expect(partners.length).toBeGreaterThan(40);
    const missed = partners.filter(
      (n) =>
        selectableAt(scene, n.x, n.y) !== n.key ||
        selectableAt(scene, n.x + markReach(n) * 0.9, n.y) === null,
    );
    expect(missed.map((n) => n.key)).toEqual([]);
  });

  it("picks a leader at their mark, as a tap on the canvas selects them", () => {
    const leaders = scene.nodes.filter((n) => n.kind === "leader");
    expect(leaders.length).toBeGreaterThan(10);
    expect(leaders.filter((n) => selectableAt(scene, n.x, n.y) !== n.key).map((n) => n.key)).toEqual([]);
  });

  it("picks nothing on empty canvas or on Vietnam itself", () => {
    expect(selectableAt(scene, -50, -50)).toBeNull();
    const home = scene.nodes.filter((n) => n.kind === "home");
    expect(home).toHaveLength(1);
    expect(home.map((n) => selectableAt(scene, n.x, n.y))).toEqual([null]);
  });
});
