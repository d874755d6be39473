import { renderAsync } from "@resvg/resvg-js";
import { applyPalette, GIFEncoder, quantize, type Palette } from "gifenc";
import { EARLIEST_DATE } from "@/lib/schema/dates";
import type { ViewState } from "@/lib/schema/view-state";
import { changesOn } from "@/lib/views/play-caption";
import { getExplorerPayload } from "@/lib/views/payload";
import { frameCaption, planFrames, type AnimationFrame } from "./animation-frames";
import { resvgOptions } from "./png";
import { renderSnapshotSvg, snapshotParams } from "./snapshot";

/** Noto Sans has no "→"; the guillemet reads as a step forward in both languages. */
const PICTURE_ARROW = "»";

/** How long each frame stays (ms): a change is read, a quiet year only passes, the end holds. */
export const FRAME_DELAY = { change: 1600, quiet: 400, last: 3000 } as const;

/** The span an animation covers: `from` (else the earliest day the contract knows) to `to` (else `asOf`). */
export function animationSpan(state: ViewState): { from: string; to: string } {
  return { from: state.from ?? EARLIEST_DATE, to: state.to ?? state.asOf };
}

/** The parameters an animation depends on (its ETag and memo key); GIFs are drawn at scale 1. */
export function animationParams(state: ViewState) {
  return { ...snapshotParams({ ...state, scale: 1 }), asOf: undefined, ...animationSpan(state) };
}

function framesOf(state: ViewState): { frame: AnimationFrame; state: ViewState }[] {
  const { partners, changeDays } = getExplorerPayload();
  const { from, to } = animationSpan(state);
  return planFrames(changeDays, from, to).map((frame) => {
    const changes = frameCaption(changesOn(partners, frame.day, state.lang, PICTURE_ARROW));
    const subtitle = [state.subtitle, changes].filter(Boolean).join(" · ") || null;
    return { frame, state: { ...state, asOf: frame.day, scale: 1, subtitle } };
  });
}

async function rasterise(state: ViewState): Promise<Uint8Array> {
  const { width } = snapshotParams(state);
  const image = await renderAsync(renderSnapshotSvg(state), resvgOptions(width, 1));
  return new Uint8Array(image.pixels);
}

/**
 * The animation as GIF bytes. One palette for every frame, drawn from the first and last pictures (the
 * last holds the most partners); each later frame keeps only the pixels that changed and leaves the rest
 * transparent over the previous one, which keeps thirty years of frames small. Rasterising runs on
 * resvg's own threads; the event loop only quantises and compresses between them.
 */
export async function renderGif(state: ViewState): Promise<Uint8Array> {
  const frames = framesOf(state);
  const first = frames[0];
  const last = frames[frames.length - 1];
  if (!first || !last) throw new Error("an animation has at least one frame");
  const { width, height } = snapshotParams(first.state);
  const [firstPixels, lastPixels] = await Promise.all([rasterise(first.state), rasterise(last.state)]);
  const sample = new Uint8Array(firstPixels.length + lastPixels.length);
  sample.set(firstPixels);
  sample.set(lastPixels, firstPixels.length);
  const palette: Palette = quantize(sample, 255);
  const transparentIndex = palette.length;
  palette.push([0, 0, 0]);

  const gif = GIFEncoder();
  let previous: Uint8Array | null = null;
  for (const [i, { frame, state: frameState }] of frames.entries()) {
    const pixels = i === 0 ? firstPixels : i === frames.length - 1 ? lastPixels : await rasterise(frameState);
    const indexed = applyPalette(pixels, palette);
    const delay =
      i === frames.length - 1 ? FRAME_DELAY.last : frame.change ? FRAME_DELAY.change : FRAME_DELAY.quiet;
    if (previous === null) {
      gif.writeFrame(indexed, width, height, { palette, delay, repeat: 0, dispose: 1 });
    } else {
      const changed = indexed.map((v, j) => (v === previous?.[j] ? transparentIndex : v));
      gif.writeFrame(changed, width, height, { delay, transparent: true, transparentIndex, dispose: 1 });
    }
    previous = indexed;
  }
  gif.finish();
  return gif.bytes();
}

const MAX_CACHED_GIFS = 6;
const gifs = new Map<string, Promise<Uint8Array>>();

/** Memoised by parameters; a request arriving while the same GIF renders waits for that render. */
export function cachedGif(key: string, state: ViewState): Promise<Uint8Array> {
  const hit = gifs.get(key);
  if (hit) return hit;
  const made = renderGif(state);
  made.catch(() => gifs.delete(key));
  if (gifs.size >= MAX_CACHED_GIFS) gifs.delete(gifs.keys().next().value as string);
  gifs.set(key, made);
  return made;
}
