import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { pngPool } from "./render-pool";
import { FONT_FAMILY } from "./svg";

/** The bundled font: Noto Sans covers every Vietnamese diacritic, so names never render as tofu. */
export const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"].map((file) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@expo-google-fonts/noto-sans", file),
);

function renderOptions(width: number, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  };
}

/** Renders on the calling thread: for scripts and tests, never for a request. */
export function svgToPng(svg: string, width: number, scale: number): Buffer {
  return new Resvg(svg, renderOptions(width, scale)).render().asPng();
}

/** Renders in the worker pool; rejects with RenderBusyError when the pool is full. */
export function svgToPngOffThread(svg: string, width: number, scale: number): Promise<Buffer> {
  return pngPool.run(svg, renderOptions(width, scale));
}
