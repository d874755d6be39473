// The GIF encoder run inside the render worker (render-worker.mjs): plain JavaScript for the same reason.
import gifenc from "gifenc";

const { applyPalette, GIFEncoder, quantize } = gifenc;

/**
 * gifenc reads pixels through `pixels.buffer` as a whole, so each image gets a buffer of its own (a
 * native Buffer may be a view into a larger one).
 */
function ownPixels({ pixels, width, height }) {
  return { pixels: new Uint8Array(pixels), width, height };
}

/** One palette for every frame, drawn from the first and last pictures (the last holds the most partners). */
function sharedPalette(first, last) {
  const sample = new Uint8Array(first.length + last.length);
  sample.set(first);
  sample.set(last, first.length);
  return quantize(sample, 255);
}

/**
 * Encodes frames (`{ svg, delay }`, delay in ms) as an animated GIF that loops forever. Each frame after
 * the first keeps only the pixels that changed and leaves the rest transparent over the previous one,
 * which keeps thirty years of frames small. `rasterise(svg)` gives `{ pixels (RGBA), width, height }`.
 * Nothing here depends on time or randomness: the same frames always give the same bytes.
 */
export function encodeGif(frames, rasterise) {
  if (frames.length === 0) throw new Error("an animation has at least one frame");
  const first = ownPixels(rasterise(frames[0].svg));
  const last = frames.length === 1 ? first : ownPixels(rasterise(frames[frames.length - 1].svg));
  const { width, height } = first;
  const palette = sharedPalette(first.pixels, last.pixels);
  const transparentIndex = palette.length;
  palette.push([0, 0, 0]);

  const gif = GIFEncoder();
  let previous = null;
  frames.forEach(({ svg, delay }, i) => {
    const image = i === 0 ? first : i === frames.length - 1 ? last : ownPixels(rasterise(svg));
    const indexed = applyPalette(image.pixels, palette);
    if (previous === null) {
      gif.writeFrame(indexed, width, height, { palette, delay, repeat: 0, dispose: 1 });
    } else {
      const changed = indexed.map((v, j) => (v === previous[j] ? transparentIndex : v));
      gif.writeFrame(changed, width, height, { delay, transparent: true, transparentIndex, dispose: 1 });
    }
    previous = indexed;
  });
  gif.finish();
  return gif.bytes();
}
