import { overlaps, type Box } from "./boxes";
import type { Arc } from "./geometry";

/** Samples per turn when finding where a ring passes under a caption: finer than any mark's spacing. */
const SAMPLES = 720;

/**
 * The arcs of the ellipse (cx, cy, rx, ry) between `start` and `end` (radians) where a mark of half-size
 * `reach` covers no caption box: a ring caption is never read under a mark, its own ring's or another's.
 */
export function freeArcs(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  stretch: Arc,
  reach: number,
  captions: readonly Box[],
): Arc[] {
  const open = openArcs(cx, cy, rx, ry, stretch, reach, captions);
  // A ring wholly under captions (never in practice) keeps its full stretch rather than losing its marks.
  return open.length > 0 ? open : [stretch];
}

function openArcs(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  { start, end }: Arc,
  reach: number,
  captions: readonly Box[],
): Arc[] {
  const step = (2 * Math.PI) / SAMPLES;
  const blocked = (θ: number) => {
    const x = cx + rx * Math.cos(θ);
    const y = cy + ry * Math.sin(θ);
    return captions.some((box) =>
      overlaps({ x0: x - reach, y0: y - reach, x1: x + reach, y1: y + reach }, box),
    );
  };
  const arcs: Arc[] = [];
  let open: number | null = null;
  for (let θ = start; θ <= end + 1e-9; θ += step) {
    const free = !blocked(θ);
    if (free && open === null) open = θ;
    if (!free && open !== null) {
      arcs.push({ start: open, end: θ - step });
      open = null;
    }
  }
  if (open !== null) arcs.push({ start: open, end });
  return arcs.filter((arc) => arc.end > arc.start);
}

/** How much of the ellipse (radians) a mark of half-size `reach` could not take because of `box`. */
export function blockedSpan(cx: number, cy: number, rx: number, ry: number, reach: number, box: Box): number {
  const whole = { start: -Math.PI / 2, end: (3 * Math.PI) / 2 };
  const free = openArcs(cx, cy, rx, ry, whole, reach, [box]).reduce(
    (sum, arc) => sum + arc.end - arc.start,
    0,
  );
  return Math.max(0, 2 * Math.PI - free);
}
