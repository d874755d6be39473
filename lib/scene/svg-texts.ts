import { measureWithNotoSans } from "@/lib/render/measure-font";

/** A text of an SVG picture with the box it covers, for tests that check a picture can be read. */
export interface SvgText {
  text: string;
  fontSize: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Every `<text>` of one of our pictures with its box, measured with the font resvg draws it in. Only what our SVG
 * writer emits is understood: `x`, `y`, `dy="0.35em"`, `text-anchor`, `font-size`, bold, and the scene group's
 * translation.
 */
export function svgTexts(svg: string): SvgText[] {
  const out: SvgText[] = [];
  let offsetY = 0;
  const tokens = svg.matchAll(
    /<g class="scene" transform="translate\(([\d.]+) ([\d.]+)\)">|<\/svg>|<text([^>]*)>([^<]*)<\/text>/g,
  );
  for (const m of tokens) {
    if (m[2] !== undefined) {
      offsetY = Number(m[2]);
      continue;
    }
    const attrs = m[3];
    if (attrs === undefined) continue;
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
    const inScene = /class="(label|ring-caption)"/.test(attrs);
    const fontSize = Number(attr("font-size") ?? 0);
    const text = unescape(m[4] ?? "");
    const width = measureWithNotoSans(text, fontSize, attr("font-weight") === "700");
    const x = Number(attr("x"));
    const baseline = Number(attr("y")) + (inScene ? offsetY : 0) + (attr("dy") ? 0.35 * fontSize : 0);
    const anchor = attr("text-anchor") ?? "start";
    const x0 = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
    // Noto Sans's line box (what a browser's getBBox gives): 1.069 em above the baseline, 0.293 em below.
    out.push({
      text,
      fontSize,
      x0,
      x1: x0 + width,
      y0: baseline - 1.069 * fontSize,
      y1: baseline + 0.293 * fontSize,
    });
  }
  return out;
}

export function overlappingTexts(texts: readonly SvgText[]): string[] {
  const pairs: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push(`${a.text} × ${b.text}`);
    }),
  );
  return pairs;
}
