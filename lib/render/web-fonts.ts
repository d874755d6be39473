import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FONT_FAMILY } from "./font-files";

/**
 * The drawing font for browsers: the canvas and an inline-SVG embed are laid out with Noto Sans's metrics
 * (lib/render/measure-font), so the reader's browser must draw them in the very same font. One file per weight
 * cut from the TTF the pictures are drawn with (scripts/web-font.ts), holding Latin, Latin Extended and
 * Vietnamese together: a browser shapes a name within one file, so a Vietnamese name keeps its kerning where
 * it mixes plain and accented letters. (Split per script, as @fontsource ships it, each piece is shaped on its
 * own and "Trương Tấn Sang" comes out a pixel wider than the pictures measure it.)
 */
export const WEB_FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "fonts");
export const WEB_FONT_WEIGHTS = [400, 700] as const;
/** Where the files are served (app/fonts/[file]/route.ts). */
export const WEB_FONT_PATH = "/fonts/";
/**
 * The code points the web font covers, as a CSS unicode-range: Basic Latin and Latin-1 with their punctuation,
 * Latin Extended-A and -B (Europe's names, and Vietnamese's Ă Đ Ĩ Ũ Ơ Ư), the combining marks, and Latin Extended
 * Additional (every precomposed Vietnamese letter). Greek, Cyrillic and IPA are left out: no name uses them.
 */
export const WEB_FONT_RANGES =
  "U+0000-024F, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0300-036F, U+1E00-1EFF, U+2000-206F, U+20AC, U+2122, " +
  "U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";

/** The file of one weight of the web font. */
export function webFontName(weight: (typeof WEB_FONT_WEIGHTS)[number]): string {
  return `noto-sans-${weight}.woff2`;
}

/** Every code point of a CSS unicode-range ("U+0-FF, U+131, U+1EA0-1EF9"). */
export function codePointsOf(unicodeRange: string): number[] {
  return unicodeRange.split(",").flatMap((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = parseInt(from ?? "", 16);
    const end = to ? parseInt(to, 16) : start;
    if (Number.isNaN(start) || Number.isNaN(end)) throw new Error(`Not a unicode range: ${part}`);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

/** The @font-face rules for the web font, its files at `base` (relative URLs: served from our own origin). */
export function webFontCss(base = WEB_FONT_PATH): string {
  return WEB_FONT_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url(${base}${webFontName(weight)}) format("woff2");unicode-range:${WEB_FONT_RANGES}}`,
  ).join("");
}

/** One font file's bytes and a tag of them, or null for any name that is not one of ours. */
export function webFontFile(name: string): { bytes: Buffer; etag: string } | null {
  if (!WEB_FONT_WEIGHTS.some((weight) => webFontName(weight) === name)) return null;
  const bytes = readFileSync(path.join(WEB_FONT_DIR, name));
  return { bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"` };
}
