import { expect, type Locator, type Page } from "@playwright/test";

/** One painted label as Cytoscape measured it, in page pixels (see /work/shared/legibility.md). */
export interface PaintedLabel {
  key: string;
  text: string;
  /** Rendered font size: the style's size times the zoom. */
  px: number;
  box: { x0: number; y0: number; x1: number; y1: number };
  kind: string;
  tier: string;
}

/** Where the graph on `canvas` puts each node (its own coordinates, to the pixel), with its zoom and pan. */
export function nodePositions(
  canvas: Locator,
): Promise<{ nodes: Record<string, [number, number]>; zoom: number; pan: [number, number] }> {
  return canvas.evaluate((element) => {
    type Cy = {
      nodes(): { toArray(): { id(): string; position(): { x: number; y: number } }[] };
      zoom(): number;
      pan(): { x: number; y: number };
    };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const nodes = cy
      .nodes()
      .toArray()
      .map((n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]] as const);
    return {
      nodes: Object.fromEntries(nodes) as Record<string, [number, number]>,
      zoom: Math.round(cy.zoom() * 1000) / 1000,
      pan: [Math.round(cy.pan().x), Math.round(cy.pan().y)] as [number, number],
    };
  });
}

/** Waits until two readings in a row agree: no node, zoom or pan is still moving. */
export async function layoutSettled(canvas: Locator): Promise<void> {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await nodePositions(canvas));
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [200], timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Reads every painted label from the Cytoscape instance on the graph canvas: its text, rendered size and box.
 * Labels are never rotated in our scene, so the boxes are axis-aligned.
 */
export async function paintedLabels(page: Page): Promise<{ labels: PaintedLabel[]; canvas: DOMRect }> {
  const canvas = page.getByTestId("graph-canvas");
  // The explorer's shell draws after hydration and Cytoscape's chunk: allow for a loaded machine.
  await expect(canvas).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  // Measure once a position or zoom animation has settled.
  await layoutSettled(canvas);
  return canvas.evaluate((element) => {
    type Bounds = { x1: number; y1: number; x2: number; y2: number };
    type CyNode = {
      id(): string;
      visible(): boolean;
      data(k: string): string;
      effectiveOpacity(): number;
      pstyle(k: string): { strValue: string; pfValue: number; value: number };
      _private: { labelBounds: { main?: Bounds } };
    };
    type Cy = {
      nodes(): { toArray(): CyNode[] };
      zoom(): number;
      pan(): { x: number; y: number };
    };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const rect = element.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const minZoomed = (n: CyNode) => n.pstyle("min-zoomed-font-size").pfValue;
    const labels = cy
      .nodes()
      .toArray()
      .flatMap((n) => {
        const text = n.pstyle("label").strValue;
        const px = n.pstyle("font-size").pfValue * zoom;
        const opacity = n.pstyle("text-opacity").value * n.effectiveOpacity();
        const b = n._private.labelBounds.main;
        if (!text || !n.visible() || opacity < 0.05 || px < minZoomed(n) || !b) return [];
        return [
          {
            key: n.id(),
            text,
            px,
            kind: n.data("kind") ?? "",
            tier: n.data("tier") ?? "",
            box: {
              x0: rect.left + b.x1 * zoom + pan.x,
              y0: rect.top + b.y1 * zoom + pan.y,
              x1: rect.left + b.x2 * zoom + pan.x,
              y1: rect.top + b.y2 * zoom + pan.y,
            },
          },
        ];
      });
    return { labels, canvas: rect.toJSON() as DOMRect };
  });
}

/** Pairs of labels whose boxes overlap, named for a readable failure. */
export function overlappingPairs(labels: readonly PaintedLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1)
        pairs.push(`${a.text} × ${b.text}`);
    }),
  );
  return pairs;
}

/** Labels whose box leaves the canvas. */
export function clipped(labels: readonly PaintedLabel[], canvas: DOMRect): string[] {
  return labels
    .filter(
      (l) =>
        l.box.x0 < canvas.left - 0.5 ||
        l.box.y0 < canvas.top - 0.5 ||
        l.box.x1 > canvas.right + 0.5 ||
        l.box.y1 > canvas.bottom + 0.5,
    )
    .map((l) => l.text);
}

/** A drawn mark on the canvas, in page pixels: its centre and radius as Cytoscape renders it. */
export interface PaintedMark {
  key: string;
  x: number;
  y: number;
  r: number;
}

/** The marks of partners and Vietnam on the graph canvas (leaders and ring guides are not marks a name sits by). */
export function paintedMarks(page: Page): Promise<PaintedMark[]> {
  return page.getByTestId("graph-canvas").evaluate((element) => {
    type CyNode = {
      id(): string;
      hasClass(c: string): boolean;
      renderedPosition(): { x: number; y: number };
      renderedWidth(): number;
      renderedHeight(): number;
    };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(s: string): { toArray(): CyNode[] } } } })
      ._cyreg.cy;
    const rect = element.getBoundingClientRect();
    return cy
      .nodes(".partner, .home")
      .toArray()
      .map((n) => ({
        key: n.id(),
        x: rect.left + n.renderedPosition().x,
        y: rect.top + n.renderedPosition().y,
        r: Math.max(n.renderedWidth(), n.renderedHeight()) / 2,
      }));
  });
}

/**
 * Labels that sit more than 2 px nearer another labelled mark than their own (legibility.md: a reader pins a name
 * on the nearest mark). Gap: from the mark's centre to the label's box, less the mark's radius.
 */
export function ambiguousLabels(labels: readonly PaintedLabel[], marks: readonly PaintedMark[]): string[] {
  const labelled = new Set(labels.map((l) => l.key));
  const rivals = marks.filter((m) => labelled.has(m.key));
  const gap = (m: PaintedMark, b: PaintedLabel["box"]) =>
    Math.hypot(Math.max(b.x0 - m.x, 0, m.x - b.x1), Math.max(b.y0 - m.y, 0, m.y - b.y1)) - m.r;
  return labels.flatMap((l) => {
    const own = rivals.find((m) => m.key === l.key);
    if (!own) return [];
    const ownGap = gap(own, l.box);
    return rivals.some((m) => m.key !== l.key && gap(m, l.box) < ownGap - 2) ? [l.text] : [];
  });
}

/**
 * Ring captions a mark lies on (legibility.md): a mark's centre within 0.8 of its radius of the caption's box.
 * Named "caption × mark" for a readable failure.
 */
export function captionsUnderMarks(
  captions: readonly Pick<PaintedLabel, "text" | "box">[],
  marks: readonly PaintedMark[],
): string[] {
  return captions.flatMap((c) =>
    marks
      .filter((m) => {
        const dx = Math.max(c.box.x0 - m.x, 0, m.x - c.box.x1);
        const dy = Math.max(c.box.y0 - m.y, 0, m.y - c.box.y1);
        return Math.hypot(dx, dy) < 0.8 * m.r;
      })
      .map((m) => `${c.text} × ${m.key}`),
  );
}
