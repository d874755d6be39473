import type { SceneInk } from "@/lib/scene/theme";
import type { TextMeasurer } from "@/lib/scene/types";
import { cutAtWord } from "@/lib/views/cut-at-word";
import { escapeXml } from "./escape-xml";
import { f } from "./scene-svg";

/** What an animation's frame says under its picture: the date, then what changed (nothing on a quiet frame). */
export interface FrameCaption {
  date: string;
  lines: readonly string[];
}

/** Every frame reserves room for this many lines, so the picture above never jumps from frame to frame. */
export const CAPTION_LINES = 2;

/**
 * Type sizes of the band, from the picture's label size: on a 1200×800 frame the date is set at 32 px and
 * the changes at 24 px (34 and 26 on a 1920×1080 slide), readable from the back of a classroom when projected.
 */
export function captionType(fontSize: number) {
  return { date: Math.round(fontSize * 2.1), line: Math.round(fontSize * 1.6) };
}

export function captionBandHeight(fontSize: number, pad: number): number {
  const size = captionType(fontSize);
  return pad + size.date * 1.25 + CAPTION_LINES * size.line * 1.3;
}

/** The longest start of `text` (cut at a word) that fits `maxWidth` at `fontSize`. */
function fitLine(text: string, fontSize: number, maxWidth: number, measure: TextMeasurer): string {
  if (measure(text, fontSize, false) <= maxWidth) return text;
  for (let chars = text.length - 1; chars > 1; chars--) {
    const cut = cutAtWord(text, chars);
    if (measure(cut, fontSize, false) <= maxWidth) return cut;
  }
  return "";
}

/** The band as SVG, `top` to `top + captionBandHeight`, across the picture's whole width. */
export function drawCaptionBand(
  caption: FrameCaption,
  box: { top: number; width: number; pad: number; fontSize: number },
  ink: SceneInk,
  measure: TextMeasurer,
): string {
  const { top, width, pad, fontSize } = box;
  const size = captionType(fontSize);
  const height = captionBandHeight(fontSize, pad);
  const dateBaseline = top + pad / 2 + size.date;
  const lines = caption.lines.slice(0, CAPTION_LINES).map((line, i) => {
    const y = dateBaseline + size.line * 1.3 * (i + 1) + size.date * 0.1;
    const text = fitLine(line, size.line, width - 2 * pad, measure);
    return `<text x="${pad}" y="${f(y)}" font-size="${size.line}" fill="${ink.fg}" class="caption-change">${escapeXml(text)}</text>`;
  });
  return (
    `<g class="caption-band"><rect x="0" y="${f(top)}" width="${width}" height="${f(height)}" fill="${ink.panel}"/>` +
    `<text x="${pad}" y="${f(dateBaseline)}" font-size="${size.date}" font-weight="700" fill="${ink.fg}" class="caption-date">${escapeXml(caption.date)}</text>` +
    `${lines.join("")}</g>`
  );
}
