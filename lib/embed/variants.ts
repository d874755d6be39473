import { SCENE_THEMES } from "@/lib/scene/theme";

/**
 * The widths the embed is drawn at, each at its own aspect. The frame shows the widest that fits it, enlarged
 * to the frame's width but never shrunk (from 320 px up), so every text keeps at least the size the scene gave
 * it: a phone column gets a picture laid out for a phone, not an article's picture scaled down to 5 px type.
 */
export const EMBED_WIDTHS = [
  { width: 320, height: 700 },
  { width: 440, height: 620 },
  { width: 600, height: 640 },
  { width: 800, height: 600 },
  { width: 1200, height: 800 },
] as const;

export interface EmbedSize {
  width: number;
  height: number;
}

/**
 * CSS that shows one drawn width per frame width: each picture from its own width up to the next one's. A
 * single size (an author's preset or width) is shown at any width, as before.
 */
export function widthChoiceCss(sizes: readonly EmbedSize[]): string {
  if (sizes.length < 2) return "";
  const rules = sizes.map(({ width }, i) => {
    const next = sizes[i + 1]?.width;
    const from = i === 0 ? "" : `(min-width:${width}px)`;
    const to = next === undefined ? "" : `(max-width:${next - 0.02}px)`;
    return `@media ${[from, to].filter(Boolean).join(" and ")}{.drawn-${width}{display:block}}`;
  });
  return `.drawn{display:none}${rules.join("")}`;
}

/**
 * The pictures are drawn in light ink; dark ink is the same drawing with each light colour swapped for its dark
 * twin, so one set of pictures serves both schemes. CSS beats SVG presentation attributes, and `!important`
 * beats the halo colour the scene sets inline. `scope` selects where dark applies.
 */
export function darkInkCss(scope: string): string {
  const light = SCENE_THEMES.light;
  const dark = SCENE_THEMES.dark;
  const swaps = new Map<string, string>();
  for (const key of Object.keys(light) as (keyof typeof light)[]) swaps.set(light[key], dark[key]);
  const rules = [...swaps].flatMap(([from, to]) => [
    `${scope} .drawn [fill="${from}"]{fill:${to}}`,
    `${scope} .drawn [stroke="${from}"]{stroke:${to}}`,
  ]);
  rules.push(`${scope} .drawn [style*="--halo"]{--halo:${dark.bg}!important}`);
  return rules.join("");
}

/** The page under the picture takes the picture's own background and ink, in both schemes. */
export function embedColourCss(): string {
  const { light, dark } = SCENE_THEMES;
  const page = (ink: typeof light | typeof dark) => `body{background:${ink.bg};color:${ink.fg}}`;
  return [
    page(light),
    `html[data-theme=dark] ${page(dark)}`,
    darkInkCss("html[data-theme=dark]"),
    `@media (prefers-color-scheme:dark){html:not([data-theme]) ${page(dark)}${darkInkCss("html:not([data-theme])")}}`,
  ].join("");
}

/** Ids made unique per drawn width: several pictures share one document. */
export function withIdSuffix(svg: string, suffix: string): string {
  return svg.replace(/\b(bamboo-(?:title|desc))\b/g, `$1-${suffix}`);
}
