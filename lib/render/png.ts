import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_FILES } from "./font-files";

export { FONT_FILES };

export function svgToPng(svg: string, width: number, scale: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
