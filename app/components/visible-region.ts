/** A rectangle in page pixels. */
export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (r: Region) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/**
 * The part of the canvas a reader sees: inside the window and clear of what lies over it (a phone's details
 * sheet from below, a tablet's from the right). Where a cover overlaps the canvas, the larger free part, above it
 * or beside it, is the one to show a chosen mark in.
 */
export function visibleRegion(
  canvas: Region,
  window: { width: number; height: number },
  cover: Region | null,
): Region {
  const seen = {
    left: Math.max(canvas.left, 0),
    top: Math.max(canvas.top, 0),
    right: Math.min(canvas.right, window.width),
    bottom: Math.min(canvas.bottom, window.height),
  };
  const overlapping =
    cover &&
    cover.left < seen.right &&
    seen.left < cover.right &&
    cover.top < seen.bottom &&
    seen.top < cover.bottom;
  if (!cover || !overlapping) return seen;
  const above = { ...seen, bottom: Math.min(seen.bottom, cover.top) };
  const beside = { ...seen, right: Math.min(seen.right, cover.left) };
  return area(above) >= area(beside) ? above : beside;
}

/**
 * How far to move a point so it lies inside `region`, `margin` px clear of its edges ({0, 0} when it already does).
 * A region too small for the margin takes the point to its middle.
 */
export function shiftInto(
  point: { x: number; y: number },
  region: Region,
  margin: number,
): { x: number; y: number } {
  const axis = (p: number, low: number, high: number) => {
    if (high - low < 2 * margin) return (low + high) / 2 - p;
    if (p < low + margin) return low + margin - p;
    if (p > high - margin) return high - margin - p;
    return 0;
  };
  return { x: axis(point.x, region.left, region.right), y: axis(point.y, region.top, region.bottom) };
}
