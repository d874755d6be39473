import { openSync, type Font } from "fontkit";
import type { TextMeasurer } from "@/lib/scene/types";
import { FONT_FILES } from "./font-files";

let fonts: { regular: Font; bold: Font } | null = null;
const cache = new Map<string, number>();

/** Measures with the very font files resvg draws the PNG with, so placed labels fit what is drawn. */
export const measureWithNotoSans: TextMeasurer = (text, fontSize, bold) => {
  const key = `${bold ? "b" : "r"}|${text}`;
  let unitsPerEm = cache.get(key);
  if (unitsPerEm === undefined) {
    fonts ??= {
      regular: openSync(FONT_FILES[0] ?? "") as Font,
      bold: openSync(FONT_FILES[1] ?? "") as Font,
    };
    const font = bold ? fonts.bold : fonts.regular;
    unitsPerEm = font.layout(text.normalize("NFC")).advanceWidth / font.unitsPerEm;
    cache.set(key, unitsPerEm);
  }
  return unitsPerEm * fontSize;
};
