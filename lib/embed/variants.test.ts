import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";
import { renderSnapshotSvg } from "@/lib/render/snapshot";
import { SCENE_THEMES } from "@/lib/scene/theme";
import { embedHtml } from "./html";
import { EMBED_WIDTHS, widthChoiceCss } from "./variants";

const state = (query: string) => parseViewState(new URLSearchParams(query), { today: "2025-12-31" });

/** Which drawn widths the CSS shows in a frame `frame` px wide (media queries evaluated by hand). */
function shownAt(css: string, frame: number): number[] {
  const shown: number[] = [];
  for (const [, query = "", width = ""] of css.matchAll(
    /@media ([^{]*)\{\.drawn-(\d+)\{display:block\}\}/g,
  )) {
    const min = /min-width:([\d.]+)px/.exec(query)?.[1];
    const max = /max-width:([\d.]+)px/.exec(query)?.[1];
    if ((min === undefined || frame >= Number(min)) && (max === undefined || frame <= Number(max)))
      shown.push(Number(width));
  }
  return shown;
}

describe("the embed drawn for its own width", () => {
  it("shows exactly one drawing at any frame width, never one wider than the frame from 320 px up", () => {
    const css = widthChoiceCss(EMBED_WIDTHS);
    for (const frame of [280, 320, 375, 439.5, 440, 599, 600, 800, 1199, 1200, 2400]) {
      const shown = shownAt(css, frame);
      expect(shown, `${frame}px`).toHaveLength(1);
      if (frame >= 320) expect(shown[0], `${frame}px`).toBeLessThanOrEqual(frame);
    }
    expect(widthChoiceCss([{ width: 1920, height: 1080 }])).toBe("");
  });

  it("draws every width with texts of at least 11 px, in one document with unique ids", () => {
    const html = embedHtml(state("asOf=2025-12-31"), "http://localhost");
    for (const { width, height } of EMBED_WIDTHS) {
      const drawing = new RegExp(
        `<div class="drawn drawn-${width}"><svg[^>]*viewBox="0 0 ${width} ${height}"`,
      );
      expect(html, `${width}`).toMatch(drawing);
    }
    const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("an author's preset keeps its one shape", () => {
    const html = embedHtml(state("asOf=2025-12-31&preset=slide"), "http://localhost");
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('viewBox="0 0 1920 1080"');
  });

  it("recolours the light drawing into exactly the dark one, page background included", () => {
    const html = embedHtml(state("asOf=2025-12-31&theme=dark"), "http://localhost");
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const swaps = [
      ...css.matchAll(/html\[data-theme=dark\] \.drawn \[(fill|stroke)="(#\w+)"\]\{\1:(#\w+)\}/g),
    ];
    expect(swaps.length).toBeGreaterThan(4);
    const recolour = (svg: string) =>
      swaps
        .reduce(
          (out, [, attribute = "", from = "", to = ""]) =>
            out.replaceAll(`${attribute}="${from}"`, `${attribute}="${to}"`),
          svg,
        )
        .replaceAll(`--halo:${SCENE_THEMES.light.bg}`, `--halo:${SCENE_THEMES.dark.bg}`);
    const light = renderSnapshotSvg(state("asOf=2025-12-31&width=600&height=560"));
    const dark = renderSnapshotSvg(state("asOf=2025-12-31&width=600&height=560&theme=dark"));
    expect(light).not.toBe(dark);
    expect(recolour(light)).toBe(dark);
    expect(css).toContain(`html[data-theme=dark] body{background:${SCENE_THEMES.dark.bg}`);
  });
});
