import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { buildScene } from "./build";
import { sceneInputsFromGraph } from "./from-graph";
import { measureLegibility } from "./legibility";
import { pictureType, screenType } from "./picture";
import { worldMap } from "./world-map";

const asOf = "2025-12-31";
const { partners } = sceneInputsFromGraph(getGraphAsOf({ asOf, tiers: null }), "en", false);

/** The map as the explorer draws it on a desktop, as a slide draws it, and on a phone. */
const desktop = {
  name: "desktop 1400×1000",
  width: 1400,
  height: 1000,
  type: screenType(1400, 1000),
  floor: 12,
};
/** The explorer's canvas on a 1400×1000 screen (between the controls and the details column). */
const explorer = {
  name: "explorer canvas 734×790",
  width: 734,
  height: 790,
  type: screenType(734, 790),
  floor: 12,
};
const slide = {
  name: "slide 1920×1080",
  width: 1920,
  height: 1080,
  type: pictureType(1920, 1080),
  floor: 14,
};
const phone = { name: "phone 390×844", width: 390, height: 844, type: screenType(390, 844), floor: 12 };
/** The explorer's canvas on a 390×844 phone (under the controls). */
const phoneExplorer = {
  name: "phone explorer canvas 364×589",
  width: 364,
  height: 589,
  type: screenType(364, 589),
  floor: 12,
};
const boxes = [desktop, explorer, slide, phone, phoneExplorer];
/** Narrower than this, a map (as the rings) names its two highest tiers always and the others where unmistakable. */
const NARROW = 600;

function mapScene(width: number, height: number, type: { fontSize: number; minFontSize: number }) {
  return buildScene({
    partners,
    leaders: [],
    width,
    height,
    lang: "en",
    layout: "geo",
    world: worldMap,
    expandUnaligned: false,
    measure: measureWithNotoSans,
    ...type,
  });
}

describe("the world map", () => {
  it.each(boxes)("is legible at $name", ({ width, height, type, floor }) => {
    const scene = mapScene(width, height, type);
    const framework = scene.nodes.filter((n) => n.kind === "country" && n.tier !== null);
    expect(framework.length).toBeGreaterThan(30);
    const m = measureLegibility(scene);
    console.log(`${width}×${height}`, JSON.stringify({ ...m, ambiguous: m.ambiguous.join(" ") }));
    const mustName = scene.nodes.filter(
      (n) => width >= NARROW || n.tier === "special" || n.tier === "comprehensive-strategic",
    );
    expect(m.unlabelled.filter((key) => mustName.some((n) => n.key === key))).toEqual([]);
    // Most partners are still named on a phone: the lower tiers give way only where they would mislead.
    expect(m.labels).toBeGreaterThan(width >= NARROW ? framework.length : framework.length * 0.75);
    expect(m.smallestFont).toBeGreaterThanOrEqual(floor);
    expect(m.overlaps).toBe(0);
    expect(m.nearestOwnRatio).toBeGreaterThanOrEqual(0.9);
  });

  it("shades each partner's country in its tier and Vietnam as home", () => {
    const scene = mapScene(1400, 1000, screenType(1400, 1000));
    const world = scene.map?.panels[0];
    const tones = new Set(world?.shapes.map((s) => s.tone));
    for (const tone of [
      "home",
      "special",
      "comprehensive-strategic",
      "strategic",
      "comprehensive",
      "none",
    ] as const)
      expect(tones).toContain(tone);
  });

  it("draws Europe's partners in its inset, and their marks inside it", () => {
    const scene = mapScene(1920, 1080, pictureType(1920, 1080));
    const europe = scene.map?.panels.find((p) => p.inset?.name === "Europe");
    expect(europe).toBeDefined();
    for (const key of ["FR", "DE", "GB", "IT"]) {
      const mark = scene.nodes.find((n) => n.key === key);
      expect(mark && europe && mark.x > europe.x && mark.x < europe.x + europe.width).toBe(true);
      expect(mark && europe && mark.y > europe.y && mark.y < europe.y + europe.height).toBe(true);
    }
  });

  it("keeps every mark inside the picture, Brazil and New Zealand included (the map is not cut there)", () => {
    for (const { width, height, type } of boxes) {
      const scene = mapScene(width, height, type);
      const marks = scene.nodes.filter((n) => n.kind !== "leader");
      expect(marks.length).toBeGreaterThan(100);
      for (const n of marks) {
        expect(n.x, n.key).toBeGreaterThanOrEqual(0);
        expect(n.x, n.key).toBeLessThanOrEqual(width);
        expect(n.y, n.key).toBeGreaterThanOrEqual(0);
        expect(n.y, n.key).toBeLessThanOrEqual(height);
      }
    }
  });
});
