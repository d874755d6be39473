/**
 * Cuts the browsers' web font from the TTF the pictures are drawn with: one WOFF2 per weight holding Latin, Latin
 * Extended and Vietnamese with every layout feature (kerning included), and the stylesheet the pages load it
 * with. Run after upgrading the font packages (`npx tsx scripts/web-font.ts`); the files are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { FONT_FILES } from "../lib/render/font-files";
import {
  WEB_FONT_DIR,
  WEB_FONT_WEIGHTS,
  codePointsOf,
  WEB_FONT_RANGES,
  webFontCss,
  webFontName,
} from "../lib/render/web-fonts";

async function main() {
  const text = String.fromCodePoint(...codePointsOf(WEB_FONT_RANGES));
  mkdirSync(WEB_FONT_DIR, { recursive: true });
  for (const [i, weight] of WEB_FONT_WEIGHTS.entries()) {
    const source = FONT_FILES[i];
    if (!source) throw new Error(`No font file for weight ${weight}`);
    const bytes = await subsetFont(readFileSync(source), text, { targetFormat: "woff2" });
    writeFileSync(path.join(WEB_FONT_DIR, webFontName(weight)), bytes);
    console.log(`wrote fonts/${webFontName(weight)} (${bytes.length} bytes)`);
  }
  // The pages' stylesheet: files beside it, so the bundler serves them with the page's own assets.
  writeFileSync(
    path.join(WEB_FONT_DIR, "noto-sans.css"),
    `/* Written by scripts/web-font.ts: the one web font (see lib/render/web-fonts.ts). */\n${webFontCss("./").replaceAll("}@font-face", "}\n@font-face")}\n`,
  );
  console.log("wrote fonts/noto-sans.css");
}

void main();
