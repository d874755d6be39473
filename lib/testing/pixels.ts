import { GifReader } from "omggif";
import { PNG } from "pngjs";
import { applyPalette, GIFEncoder, quantize } from "gifenc";

/** A decoded picture: RGBA, row by row. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A horizontal band of a picture, in its pixels: where a caption is drawn. */
export interface Band {
  y0: number;
  y1: number;
}

export function decodePng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export function encodePng(picture: Picture): Buffer {
  const png = new PNG({ width: picture.width, height: picture.height });
  png.data = Buffer.from(picture.data);
  return PNG.sync.write(png);
}

/**
 * Every frame of a GIF as a reader sees it: each image drawn over what the previous ones left (our
 * frames after the first keep only the pixels that changed, the rest transparent).
 */
export function decodeGifFrames(bytes: Uint8Array): Picture[] {
  const reader = new GifReader(Buffer.from(bytes));
  const { width, height } = reader;
  const canvas = new Uint8Array(width * height * 4);
  const frames: Picture[] = [];
  for (let i = 0; i < reader.numFrames(); i++) {
    const info = reader.frameInfo(i);
    const before = info.disposal === 3 ? canvas.slice() : null;
    reader.decodeAndBlitFrameRGBA(i, canvas);
    frames.push({ width, height, data: canvas.slice() });
    if (info.disposal === 2)
      for (let y = info.y; y < info.y + info.height; y++)
        canvas.fill(0, (y * width + info.x) * 4, (y * width + info.x + info.width) * 4);
    if (before) canvas.set(before);
  }
  return frames;
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** Close enough to be the same ink after a GIF's palette: within this much on every channel. */
const TOLERANCE = 16;

function near(data: Uint8Array, at: number, [r, g, b]: number[]): boolean {
  return (
    Math.abs((data[at] ?? 0) - r!) <= TOLERANCE &&
    Math.abs((data[at + 1] ?? 0) - g!) <= TOLERANCE &&
    Math.abs((data[at + 2] ?? 0) - b!) <= TOLERANCE
  );
}

/** Pixels (in rows y0..y1) whose colour is not the background's. */
function inkIn(picture: Picture, background: string, { y0, y1 }: Band): number {
  const bg = hex(background);
  let ink = 0;
  for (
    let at = Math.max(0, y0) * picture.width * 4;
    at < Math.min(picture.height, y1) * picture.width * 4;
    at += 4
  )
    if ((picture.data[at + 3] ?? 0) > 0 && !near(picture.data, at, bg)) ink++;
  return ink;
}

function pixelsOf(picture: Picture, colour: string): number {
  const rgb = hex(colour);
  let n = 0;
  for (let at = 0; at < picture.data.length; at += 4) if (near(picture.data, at, rgb)) n++;
  return n;
}

export interface PictureExpectation {
  /** The background colour (#rrggbb). */
  background: string;
  /** Colours a reader must see: the tiers' marks, at least `minPixels` pixels each. */
  colours: readonly string[];
  /** Where the caption (the date line and, in an animation, the day's changes) is drawn. */
  caption: Band;
}

/**
 * What a reader would miss in a picture: it is blank (almost nothing but background), a tier colour is
 * absent, or the caption band is empty. An empty list means the picture shows all three.
 */
export function pictureProblems(picture: Picture, expected: PictureExpectation, minPixels = 20): string[] {
  const problems: string[] = [];
  const all = { y0: 0, y1: picture.height };
  // A drawn graph inks several percent of the picture; under 1 % is an empty page with a stray mark.
  if (inkIn(picture, expected.background, all) < picture.width * picture.height * 0.01)
    problems.push("blank");
  for (const colour of expected.colours)
    if (pixelsOf(picture, colour) < minPixels) problems.push(`no ${colour}`);
  // A line of text inks at least a few hundred pixels; a speck of antialiasing is not a caption.
  if (inkIn(picture, expected.background, expected.caption) < 100) problems.push("caption area empty");
  return problems;
}

/** Pixels that differ between two pictures of one size, within a band (all rows by default). */
export function differingPixels(a: Picture, b: Picture, band: Band = { y0: 0, y1: a.height }): number {
  let n = 0;
  for (let at = band.y0 * a.width * 4; at < Math.min(band.y1, a.height) * a.width * 4; at += 4)
    if (
      a.data[at] !== b.data[at] ||
      a.data[at + 1] !== b.data[at + 1] ||
      a.data[at + 2] !== b.data[at + 2] ||
      a.data[at + 3] !== b.data[at + 3]
    )
      n++;
  return n;
}

/** Indexes of the frames marked as a change whose caption band shows nothing new since the frame before. */
export function unchangedChangeFrames(
  frames: readonly Picture[],
  changes: readonly boolean[],
  caption: Band,
): number[] {
  const unchanged: number[] = [];
  frames.forEach((frame, i) => {
    const previous = frames[i - 1];
    if (i > 0 && changes[i] && previous && differingPixels(previous, frame, caption) === 0) unchanged.push(i);
  });
  return unchanged;
}

/** The caption band of a picture from its SVG: the date line (`class="date"`), scaled to the pixels. */
export function captionBand(svg: string, scale = 1): Band {
  const match = /<text [^>]*y="([\d.]+)" font-size="([\d.]+)"[^>]*class="date"/.exec(svg);
  if (!match) throw new Error("the picture has no date line");
  const [baseline, size] = [Number(match[1]), Number(match[2])];
  return { y0: Math.floor((baseline - size) * scale), y1: Math.ceil((baseline + size * 0.3) * scale) };
}

/** Encodes pictures as a GIF, one full image each on one palette: for tests that make a GIF of their own. */
export function encodeGif(frames: readonly Picture[]): Uint8Array {
  const [first] = frames;
  if (!first) throw new Error("a GIF has at least one frame");
  const palette = quantize(first.data, 256);
  const gif = GIFEncoder();
  for (const frame of frames)
    gif.writeFrame(applyPalette(frame.data, palette), frame.width, frame.height, { palette, delay: 100 });
  gif.finish();
  return gif.bytes();
}

/** A copy of a picture with one band painted over in a colour: a caption removed. */
export function paintBand(picture: Picture, band: Band, colour: string): Picture {
  const data = picture.data.slice();
  const [r, g, b] = hex(colour);
  for (let at = band.y0 * picture.width * 4; at < band.y1 * picture.width * 4; at += 4)
    data.set([r!, g!, b!, 255], at);
  return { ...picture, data };
}
