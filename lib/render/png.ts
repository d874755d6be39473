import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY } from "./svg";

/** The bundled font: Noto Sans covers every Vietnamese diacritic, so names never render as tofu. */
export const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"].map((file) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@expo-google-fonts/noto-sans", file),
);

export function svgToPng(svg: string, width: number, scale: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
