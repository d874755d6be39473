import type { TextMeasurer } from "@/lib/scene/types";

/** The canvas's font: Cytoscape measures and draws labels with it, and so does the scene's label placement. */
export const CANVAS_FONT_FAMILY = '"Noto Sans", "DejaVu Sans", system-ui, sans-serif';

let context: CanvasRenderingContext2D | null = null;

/** Measures exactly as Cytoscape does (same font string, rounded up), so placed labels fit what it draws. */
export const measureOnCanvas: TextMeasurer = (text, fontSize, bold) => {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return text.length * fontSize * 0.6;
  context.font = `normal ${bold ? "bold" : "normal"} ${fontSize}px ${CANVAS_FONT_FAMILY}`;
  return Math.ceil(context.measureText(text).width);
};
