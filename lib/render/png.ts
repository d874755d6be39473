import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_FILES } from "./font-files";

export { FONT_FILES };

/** resvg's options for a picture: its width in pixels and the bundled fonts only, so bytes never vary. */
export function resvgOptions(width: number, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  };
}

/** Renders on the calling thread: for scripts and tests, never for a request. */
export function svgToPng(svg: string, width: number, scale: number): Buffer {
  return new Resvg(svg, resvgOptions(width, scale)).render().asPng();
}
