import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FONT_FAMILY } from "./font-files";

/**
 * The drawing font for browsers: an inline-SVG embed is laid out with Noto Sans's metrics (lib/render/measure-font),
 * so the reader's browser must draw it in Noto Sans too, whatever fonts the reader has. The same font, cut by
 * @fontsource into small WOFF2 files per script; a browser fetches only the ones its text needs.
 */
const PACKAGE = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@fontsource/noto-sans");
/** Latin for English names, Latin Extended for European leaders' names, Vietnamese for its diacritics. */
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;
/** Where the files are served (app/fonts/[file]/route.ts). */
export const WEB_FONT_PATH = "/fonts/";

interface WebFont {
  file: string;
  weight: number;
  unicodeRange: string;
}

let fonts: WebFont[] | null = null;

/** The files and unicode ranges @fontsource publishes, read from its own stylesheets so they never drift. */
function webFonts(): WebFont[] {
  fonts ??= WEIGHTS.flatMap((weight) => {
    const css = readFileSync(path.join(PACKAGE, `${weight}.css`), "utf8");
    return SUBSETS.map((subset) => {
      const file = `noto-sans-${subset}-${weight}-normal.woff2`;
      const block = css.split("@font-face").find((b) => b.includes(`files/${file}`));
      const unicodeRange = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!unicodeRange) throw new Error(`@fontsource/noto-sans has no ${file}`);
      return { file, weight, unicodeRange: unicodeRange.trim() };
    });
  });
  return fonts;
}

/** The @font-face rules of an embed document (relative URLs: the embed is served from our own origin). */
export function webFontCss(): string {
  return webFonts()
    .map(
      (f) =>
        `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${f.weight};font-display:swap;` +
        `src:url(${WEB_FONT_PATH}${f.file}) format("woff2");unicode-range:${f.unicodeRange}}`,
    )
    .join("");
}

/** One font file's bytes and a tag of them, or null for any name that is not one of ours. */
export function webFontFile(name: string): { bytes: Buffer; etag: string } | null {
  if (!webFonts().some((f) => f.file === name)) return null;
  const bytes = readFileSync(path.join(PACKAGE, "files", name));
  return { bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"` };
}
