import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { overlaps } from "./boxes";
import { buildScene } from "./build";
import { sceneInputsFromGraph } from "./from-graph";
import { screenType } from "./picture";
import type { TextMeasurer } from "./types";

const graph = getGraphAsOf({ asOf: "2025-12-31", tiers: null });
/** As the canvas measures (app/components/canvas-measure.ts): Cytoscape rounds each label's width up. */
const measureRoundedUp: TextMeasurer = (text, size, bold) => Math.ceil(measureWithNotoSans(text, size, bold));

describe.each([
  // The explorer's graph box on a 1400×1000 desktop, and a wide laptop's; as a picture and as the canvas measure.
  { width: 734, height: 790, measure: measureWithNotoSans, by: "the font's widths" },
  { width: 734, height: 790, measure: measureRoundedUp, by: "widths rounded up (the canvas)" },
  { width: 1000, height: 700, measure: measureWithNotoSans, by: "the font's widths" },
  { width: 1000, height: 700, measure: measureRoundedUp, by: "widths rounded up (the canvas)" },
])("with leaders shown at $width×$height, $by", ({ width, height, measure }) => {
  for (const lang of ["en", "vi"] as const) {
    const { partners, leaders } = sceneInputsFromGraph(graph, lang, true);
    const scene = buildScene({
      partners,
      leaders,
      width,
      height,
      ...screenType(width, height),
      lang,
      layout: "rings",
      expandUnaligned: false,
      measure,
    });
    const vietnamese = leaders.filter((l) => l.country === "VN").map((l) => l.key);

    it(`(${lang}) labels every Vietnamese leader and every partner holding a tier`, () => {
      expect(vietnamese.length).toBeGreaterThan(5);
      const unlabelled = scene.nodes.filter(
        (n) => !n.label && (vietnamese.includes(n.key) || (n.kind !== "leader" && n.tier)),
      );
      expect(unlabelled.map((n) => n.key)).toEqual([]);
    });

    it(`(${lang}) keeps Vietnam's leaders in a band inside the first ring of partners`, () => {
      const first = scene.rings[0];
      expect(first).toBeTruthy();
      const inBand = scene.nodes.filter((n) => vietnamese.includes(n.key));
      expect(inBand.length).toBeGreaterThan(0);
      for (const n of inBand) {
        const dx = (n.x - scene.cx) / (first?.rx ?? 1);
        const dy = (n.y - scene.cy) / (first?.ry ?? 1);
        expect(Math.hypot(dx, dy), n.key).toBeLessThan(1);
      }
    });

    it(`(${lang}) draws no label over another`, () => {
      const boxes = scene.nodes
        .flatMap((n) => (n.label ? [{ key: n.key, ...n.label }] : []))
        .map((l) => ({
          key: l.key,
          x0: l.x - l.width / 2,
          y0: l.y - l.height / 2,
          x1: l.x + l.width / 2,
          y1: l.y + l.height / 2,
        }));
      const pairs = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlaps(a, b))
          .map((b) => `${a.key} × ${b.key}`),
      );
      expect(pairs).toEqual([]);
    });
  }
});
