/** Axis-aligned boxes: labels are never rotated, so overlap is a plain interval test. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boxAround(cx: number, cy: number, width: number, height: number): Box {
  return { x0: cx - width / 2, y0: cy - height / 2, x1: cx + width / 2, y1: cy + height / 2 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
}

/** A uniform grid of the boxes placed so far: each candidate checks only its neighbourhood. */
export class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell = 64) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.x0 / this.cell); i <= Math.floor(box.x1 / this.cell); i++)
      for (let j = Math.floor(box.y0 / this.cell); j <= Math.floor(box.y1 / this.cell); j++)
        keys.push(`${i},${j}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) this.cells.set(key, [...(this.cells.get(key) ?? []), box]);
  }

  collides(box: Box): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((other) => overlaps(box, other)));
  }
}
