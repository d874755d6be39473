import { describe, expect, it } from "vitest";
import { shapePath } from "@/lib/render/scene-svg";
import { markReach, SHAPE_SPAN } from "./shapes";

/** The box of the shape element the SVG writer emits, read back from its markup. */
function drawnBox(markup: string) {
  const points = /points="([^"]+)"/.exec(markup)?.[1];
  if (points) {
    const xy = points.split(" ").map((p) => p.split(",").map(Number) as [number, number]);
    const xs = xy.map(([x]) => x);
    const ys = xy.map(([, y]) => y);
    return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  }
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([^"]+)"`).exec(markup)?.[1]);
  if (markup.startsWith("<rect"))
    return { x0: attr("x"), x1: attr("x") + attr("width"), y0: attr("y"), y1: attr("y") + attr("height") };
  const [cx, cy, r] = [attr("cx"), attr("cy"), attr("r")];
  return { x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r };
}

describe("a mark drawn in SVG is the mark the label placer keeps clear", () => {
  const shapes = Object.keys(SHAPE_SPAN) as (keyof typeof SHAPE_SPAN)[];
  it.each(shapes)(
    "%s: its box is centred on the mark and reaches its radius as the placer sees it",
    (shape) => {
      const [x, y, r] = [200, 150, 8];
      const box = drawnBox(shapePath(shape, x, y, r));
      // The SVG writer rounds to a tenth of a pixel.
      expect((box.x0 + box.x1) / 2).toBeCloseTo(x, 0);
      expect((box.y0 + box.y1) / 2).toBeCloseTo(y, 0);
      expect(Math.abs((box.y0 + box.y1) / 2 - y)).toBeLessThanOrEqual(0.1);
      expect(Math.max(box.x1 - box.x0, box.y1 - box.y0) / 2).toBeCloseTo(markReach({ shape, r }), 0);
    },
  );
});
