import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { EMBED_WIDTHS } from "@/lib/embed/variants";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { layoutPicture } from "@/lib/render/svg";
import { buildScene } from "./build";
import { sceneInputsFromGraph } from "./from-graph";
import { spreadOverArcs } from "./geometry";
import { measureLegibility } from "./legibility";
import { screenType } from "./picture";
import type { Scene } from "./types";

const asOf = "2025-12-31";
const graph = getGraphAsOf({ asOf, tiers: null });

/** Partners' labels nearer another labelled mark than their own: at most 1 in 10 (legibility.md). */
function expectPinned(scene: Scene) {
  const m = measureLegibility(scene);
  const partners = scene.nodes.filter((n) => (n.kind === "country" || n.kind === "organisation") && n.label);
  expect(partners.length).toBeGreaterThan(14);
  expect(m.ambiguous.length, m.ambiguous.join(" ")).toBeLessThanOrEqual(Math.floor(partners.length / 10));
  expect(m.overlaps).toBe(0);
}

/** Marks whose centre lies within 0.8 of their radius of a ring caption's text box. */
function captionsUnderMarks(scene: Scene): string[] {
  return scene.rings.flatMap((ring) => {
    const c = ring.caption;
    if (!c) return [];
    const half = { w: c.width / 2 - 2.5, h: c.height / 2 - 2.5 };
    return scene.nodes
      .filter((n) => {
        const dx = Math.max(c.x - half.w - n.x, 0, n.x - c.x - half.w);
        const dy = Math.max(c.y - half.h - n.y, 0, n.y - c.y - half.h);
        return Math.hypot(dx, dy) < 0.8 * n.r;
      })
      .map((n) => `${c.text} × ${n.key}`);
  });
}

describe.each(["en", "vi"] as const)("labels pinned on their marks (%s)", (lang) => {
  const { partners } = sceneInputsFromGraph(graph, lang, false);
  // The explorer's canvas on a 1400×1000 desktop and on a 390×844 phone.
  it.each([
    { width: 734, height: 790 },
    { width: 374, height: 590 },
  ])("in the explorer's $width×$height canvas", ({ width, height }) => {
    const scene = buildScene({
      partners,
      leaders: [],
      width,
      height,
      ...screenType(width, height),
      lang,
      layout: "rings",
      expandUnaligned: false,
      measure: measureWithNotoSans,
    });
    expectPinned(scene);
    expect(captionsUnderMarks(scene)).toEqual([]);
  });

  it.each(EMBED_WIDTHS)("in the embed drawn $width px wide", (size) => {
    const { scene } = layoutPicture(graph, {
      asOf,
      ...size,
      theme: "light",
      lang,
      layout: "rings",
      showLeaders: false,
      creditUrl: null,
    });
    expectPinned(scene);
    expect(captionsUnderMarks(scene)).toEqual([]);
  });
});

it("a phone's rings keep their order and spacing: the outer ones do not close up", () => {
  const { partners } = sceneInputsFromGraph(graph, "en", false);
  const scene = buildScene({
    partners,
    leaders: [],
    width: 374,
    height: 590,
    ...screenType(374, 590),
    lang: "en",
    layout: "rings",
    expandUnaligned: false,
    measure: measureWithNotoSans,
  });
  expect(scene.rings.map((r) => r.tier)).toEqual([
    "special",
    "comprehensive-strategic",
    "strategic",
    "comprehensive",
    "none",
  ]);
  const gaps = scene.rings.slice(1).map((r, i) => r.ry - (scene.rings[i]?.ry ?? 0));
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0.6 * (gaps[0] ?? 0));
});

describe("spreading marks over a ring's free arcs", () => {
  const arcs = [
    { start: 0, end: 1 },
    { start: 2, end: 3 },
  ];
  it("keeps marks out of the gap between arcs, and in their targets' order", () => {
    const out = spreadOverArcs([0.5, 1.4, 1.6, 2.5], arcs, 0.2);
    expect(out.every((a) => (a >= 0 && a <= 1) || (a >= 2 && a <= 3))).toBe(true);
    expect([...out].sort((a, b) => a - b)).toEqual(out);
  });
  it("leaves marks that already sit apart at their targets", () => {
    expect(spreadOverArcs([0.5, 2.5], arcs, 0.2)).toEqual([0.5, 2.5]);
  });
});
