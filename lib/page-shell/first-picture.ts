import { getGraphAsOf, type ViewGraph } from "@/lib/graph";
import { darkInkCss } from "@/lib/embed/variants";
import { altText } from "@/lib/render/alt-text";
import { escapeXml } from "@/lib/render/escape-xml";
import { sceneDocument } from "@/lib/render/scene-svg";
import { buildScene } from "@/lib/scene/build";
import { sceneInputsFromGraph } from "@/lib/scene/from-graph";
import { screenType } from "@/lib/scene/picture";
import { SCENE_THEMES } from "@/lib/scene/theme";
import { measureWithNotoSans } from "@/lib/render/measure-font";
import { worldMap } from "@/lib/scene/world-map";
import type { ViewState } from "@/lib/schema/view-state";

/**
 * The sizes the explorer's first picture is drawn at, each for the screens whose canvas box (app/globals.css:
 * `.canvas-box`) comes closest to it. The box scales the drawing to fit, so its type stays near the size the
 * canvas will draw (within about a fifth at the common sizes).
 */
export const FIRST_PICTURE_SIZES = [
  // Phones: the column's width, 70% of the screen's height.
  { upTo: 359, width: 300, height: 490 },
  { upTo: 479, width: 360, height: 580 },
  { upTo: 767, width: 560, height: 600 },
  // Tablets upright: the stage beside the controls is narrow and tall.
  { upTo: 999, width: 520, height: 680 },
  // Small laptops: wide and low.
  { upTo: 1199, width: 740, height: 560 },
  // Between controls and details: a laptop's stage, then a large screen's.
  { upTo: 1599, width: 640, height: 620 },
  { upTo: Infinity, width: 900, height: 760 },
] as const;

/** The font the canvas draws in (app/components/canvas-measure.ts), so the picture swaps without a jump. */
const FONT = '"Noto Sans", "DejaVu Sans", system-ui, sans-serif';

/** CSS that shows the size drawn for the screen's width, and recolours it for a dark scheme. */
export function firstPictureCss(): string {
  const rules = FIRST_PICTURE_SIZES.map(({ upTo, width }, i) => {
    const from = i === 0 ? 0 : (FIRST_PICTURE_SIZES[i - 1]?.upTo ?? 0) + 1;
    const range = [
      from > 0 ? `(min-width:${from}px)` : "",
      upTo < Infinity ? `(max-width:${upTo + 0.98}px)` : "",
    ];
    return `@media ${range.filter(Boolean).join(" and ")}{.first-picture .drawn-${width}{display:block}}`;
  });
  return [
    ".first-picture .drawn{display:none;width:100%;height:100%}.first-picture svg{width:100%;height:100%}",
    ...rules,
    darkInkCss("html[data-theme=dark] .first-picture"),
    `@media (prefers-color-scheme:dark){${darkInkCss("html:not([data-theme]) .first-picture")}}`,
  ].join("");
}

/**
 * The view's graph as the explorer's canvas lays it out (the same scene builder, rows and type sizes), drawn by
 * the SVG writer at each of FIRST_PICTURE_SIZES in light ink; CSS picks one and darkens it. One image to
 * assistive technology, described by the text the exported pictures carry. Every text escaped.
 */
export function firstPicture(state: ViewState): string {
  const graph = getGraphAsOf({ asOf: state.asOf, tiers: state.tiers, v: state.v });
  const description = escapeXml(altText(graph, state.asOf, state.lang));
  return `<div class="canvas-box first-picture" role="img" aria-label="${description}">${drawings(graph, state)}</div>`;
}

function drawings(graph: ViewGraph, state: ViewState): string {
  const { partners, leaders } = sceneInputsFromGraph(graph, state.lang, state.leaders);
  return FIRST_PICTURE_SIZES.map(({ width, height }) => {
    const scene = buildScene({
      partners,
      leaders,
      width,
      height,
      ...screenType(width, height),
      lang: state.lang,
      layout: state.layout,
      world: worldMap,
      expandUnaligned: false,
      measure: measureWithNotoSans,
      named: new Set(state.focus ? [state.focus] : []),
    });
    const svg = sceneDocument(scene, SCENE_THEMES.light, { width, height }, FONT);
    return `<div class="drawn drawn-${width}" aria-hidden="true">${svg}</div>`;
  }).join("");
}
