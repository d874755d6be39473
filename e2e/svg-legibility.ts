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
