import { expect, type Locator } from "@playwright/test";
import type { PaintedLabel } from "./legibility";

/** The page-pixel box of an inline SVG and of the viewport that shows it. */
export interface SvgFrame {
  svg: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
}

/**
 * Every `<text>` of an inline SVG as the browser drew it (see /work/shared/legibility.md): its `getBBox()` corners
 * mapped through `getScreenCTM()` into page pixels, its rendered size the computed font size times the matrix's
 * scale, and the key of the mark it names (the nearest ancestor with `data-key`). Waits for the page's fonts, so
 * boxes are measured in the font that draws them.
 */
export async function renderedSvgTexts(svg: Locator): Promise<{ labels: PaintedLabel[]; frame: SvgFrame }> {
  await expect(svg).toBeVisible();
  return svg.evaluate(async (element) => {
    await document.fonts.ready;
    const root = element as SVGSVGElement;
    const labels = Array.from(root.querySelectorAll<SVGTextElement>("text")).map((text) => {
      const m = text.getScreenCTM();
      const b = text.getBBox();
      if (!m) throw new Error(`no screen matrix for "${text.textContent ?? ""}"`);
      const corners = [
        [b.x, b.y],
        [b.x + b.width, b.y],
        [b.x, b.y + b.height],
        [b.x + b.width, b.y + b.height],
      ].map(([x = 0, y = 0]) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f }));
      const xs = corners.map((c) => c.x);
      const ys = corners.map((c) => c.y);
      const owner = text.closest<SVGElement>("[data-key]");
      return {
        key: owner?.dataset.key ?? "",
        text: text.textContent ?? "",
        // Our pictures never rotate text, so the matrix's scale is its determinant's square root.
        px: parseFloat(getComputedStyle(text).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)),
        kind: owner?.dataset.kind ?? text.getAttribute("class") ?? "",
        tier: owner?.dataset.tier ?? "",
        box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      };
    });
    const r = root.getBoundingClientRect();
    return {
      labels,
      frame: {
        svg: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        viewport: { width: window.innerWidth, height: window.innerHeight },
      },
    };
  });
}

/**
 * The SVG's viewBox as drawn, in page pixels (its user space mapped through the root's screen matrix), with the
 * viewport: what `cutOff` checks a text against when it must lie inside the picture itself.
 */
export async function viewBoxFrame(svg: Locator): Promise<SvgFrame> {
  return svg.evaluate((element) => {
    const root = element as SVGSVGElement;
    const m = root.getScreenCTM();
    const vb = root.viewBox.baseVal;
    if (!m || vb.width === 0) throw new Error("the picture has no viewBox or screen matrix");
    const at = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
    const [a, b] = [at(vb.x, vb.y), at(vb.x + vb.width, vb.y + vb.height)];
    return {
      svg: { left: a.x, top: a.y, right: b.x, bottom: b.y },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

/** Texts whose box leaves the SVG's own box or the viewport that shows it. */
export function cutOff(labels: readonly PaintedLabel[], frame: SvgFrame): string[] {
  const left = Math.max(frame.svg.left, 0);
  const top = Math.max(frame.svg.top, 0);
  const right = Math.min(frame.svg.right, frame.viewport.width);
  const bottom = Math.min(frame.svg.bottom, frame.viewport.height);
  return labels
    .filter((l) => l.box.x0 < left || l.box.y0 < top || l.box.x1 > right || l.box.y1 > bottom)
    .map(
      (l) =>
        `${l.text} [${l.box.x0.toFixed(1)},${l.box.y0.toFixed(1)} → ${l.box.x1.toFixed(1)},${l.box.y1.toFixed(1)}]`,
    );
}

/** A partner's mark as drawn in an inline SVG: its centre and radius in page pixels. */
export interface DrawnMark {
  key: string;
  x: number;
  y: number;
  r: number;
}

/**
 * The marks of every labelled partner in an inline SVG: the bounding box of the shape inside its `data-key` group
 * (see /work/shared/legibility.md), mapped into page pixels. Unlabelled marks do not compete for a label; `all`
 * takes every mark, Vietnam's and the quiet band's too (what a ring caption must not lie under).
 */
export async function labelledMarks(svg: Locator, { all = false } = {}): Promise<DrawnMark[]> {
  return svg.evaluate(
    (element, all) =>
      Array.from(element.querySelectorAll<SVGGElement>("g[data-key]"))
        .filter((group) => all || (group.querySelector("text") !== null && group.dataset.kind !== "home"))
        .flatMap((group) => {
          const shape = group.querySelector<SVGGraphicsElement>("path, circle, ellipse, rect, polygon");
          const m = shape?.getScreenCTM();
          if (!shape || !m) return [];
          const b = shape.getBBox();
          const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          return [
            {
              key: group.dataset.key ?? "",
              x: m.a * cx + m.c * cy + m.e,
              y: m.b * cx + m.d * cy + m.f,
              r: (Math.max(b.width, b.height) / 2) * scale,
            },
          ];
        }),
    all,
  );
}

/** The gap from a mark to a label's box: from the mark's centre to the box (0 inside it), less its radius. */
function gap(mark: DrawnMark, box: PaintedLabel["box"]): number {
  const dx = Math.max(box.x0 - mark.x, 0, mark.x - box.x1);
  const dy = Math.max(box.y0 - mark.y, 0, mark.y - box.y1);
  return Math.hypot(dx, dy) - mark.r;
}

/** Partners' labels that some other labelled partner's mark lies more than 2 px nearer than their own. */
export function labelsNearerAnotherMark(
  labels: readonly PaintedLabel[],
  marks: readonly DrawnMark[],
): string[] {
  return labels
    .filter((l) => l.key && marks.some((m) => m.key === l.key))
    .filter((l) => {
      const own = Math.min(...marks.filter((m) => m.key === l.key).map((m) => gap(m, l.box)));
      return marks.some((m) => m.key !== l.key && gap(m, l.box) < own - 2);
    })
    .map((l) => l.text);
}
