import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { buildScene } from "./build";
import { drawnPieces, involvementCrossings, segmentsCross } from "./crossings";
import { sceneInputsFromGraph } from "./from-graph";
import { pictureType, screenType } from "./picture";

describe("segmentsCross", () => {
  it("counts an X, not a shared end, a touch or parallel lines", () => {
    const o = { x: 0, y: 0 };
    expect(
      segmentsCross(
        [o, { x: 2, y: 2 }],
        [
          { x: 0, y: 2 },
          { x: 2, y: 0 },
        ],
      ),
    ).toBe(true);
    expect(segmentsCross([o, { x: 2, y: 2 }], [o, { x: 2, y: 0 }])).toBe(false);
    expect(
      segmentsCross(
        [o, { x: 2, y: 0 }],
        [
          { x: 1, y: 0 },
          { x: 1, y: 2 },
        ],
      ),
    ).toBe(false);
    expect(
      segmentsCross(
        [o, { x: 2, y: 0 }],
        [
          { x: 0, y: 1 },
          { x: 2, y: 1 },
        ],
      ),
    ).toBe(false);
  });

  it("draws a bundle's shared piece once", () => {
    const leader = { x: 0, y: 0 };
    const split = { x: 5, y: 0 };
    const pieces = drawnPieces([
      [leader, split, { x: 9, y: 2 }],
      [leader, split, { x: 9, y: -2 }],
    ]);
    expect(pieces).toHaveLength(3);
  });
});

// The picture the issue measured (266 crossings before): every tier, leaders shown, the last day of 2025.
const graph = getGraphAsOf({ asOf: "2025-12-31", tiers: null });

describe.each([
  { view: "1400×1000 picture", width: 1400, height: 1000, type: pictureType(1400, 1000) },
  { view: "1400×1000 screen", width: 1400, height: 1000, type: screenType(1400, 1000) },
])("leaders' links at $view on 2025-12-31", ({ width, height, type }) => {
  const { partners, leaders } = sceneInputsFromGraph(graph, "en", true);
  const scene = buildScene({
    partners,
    leaders,
    width,
    height,
    ...type,
    lang: "en",
    layout: "rings",
    expandUnaligned: false,
    measure: measureWithNotoSans,
  });
  const links = scene.edges.filter((e) => e.kind === "involvement");

  it("draws every involvement of every leader drawn", () => {
    const drawn = new Set(scene.nodes.map((n) => n.key));
    const expected = leaders
      .filter((l) => drawn.has(l.key))
      .flatMap((l) => l.partners.filter((p) => drawn.has(p)).map((p) => `${l.key}->${p}`));
    expect(expected.length).toBeGreaterThan(100);
    expect(links.map((e) => e.key).sort()).toEqual(expected.sort());
  });

  it("crosses at most 130 times", () => {
    const crossings = involvementCrossings(scene);
    expect(crossings).toBeGreaterThan(0);
    expect(crossings).toBeLessThanOrEqual(130);
  });
});
