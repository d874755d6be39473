import { setImmediate } from "node:timers/promises";
import { etagFor } from "@/lib/http/caching";
import { badRequest } from "@/lib/http/responses";
import { PRESET_SIZES, pictureSize } from "@/lib/schema/presets";
import { EARLIEST_DATE } from "@/lib/schema/dates";
import { InvalidQueryError, type ViewState } from "@/lib/schema/view-state";
import { shownDateOf, stepsOn, stepTexts } from "@/lib/views/play-caption";
import { getExplorerPayload } from "@/lib/views/payload";
import { formatDate } from "@/lib/i18n/messages";
import { frameCaptionLines, frameDelays, planFrames, type AnimationFrame } from "./animation-frames";
import { pictureResponse } from "./picture-response";
import { resvgOptions } from "./png";
import { renderOnce } from "./render-memo";
import { renderPool, type GifFrame, type RenderJob } from "./render-pool";
import { renderSnapshotSvg, snapshotParams, type FrameOverlay } from "./snapshot";

/** Noto Sans has no "→"; the guillemet reads as a step forward in both languages. */
const PICTURE_ARROW = "»";

/** The span an animation covers: `from` (else the earliest day the contract knows) to `to` (else `asOf`). */
export function animationSpan(state: ViewState): { from: string; to: string } {
  return { from: state.from ?? EARLIEST_DATE, to: state.to ?? state.asOf };
}

/** The parameters an animation depends on (its ETag and memo key); GIFs are drawn at scale 1. */
export function animationParams(state: ViewState) {
  return {
    ...snapshotParams({ ...state, scale: 1 }),
    asOf: undefined,
    ...animationSpan(state),
    pace: state.pace,
  };
}

export interface PlannedFrame {
  frame: AnimationFrame;
  state: ViewState;
  /**
   * What the frame adds to its day's picture: the date as its changes' source gives it ("2007", never a day
   * the source does not give), the band saying what changed, the partners that changed ringed.
   */
  overlay: FrameOverlay & { shownDate: string };
  /** How long it stays (ms). */
  delay: number;
}

/** Every frame of an animation: its day, its view, what it writes and rings, and how long it stays. */
export function framesOf(state: ViewState): PlannedFrame[] {
  const { partners, changeDays } = getExplorerPayload(state.v);
  const { from, to } = animationSpan(state);
  const frames = planFrames(changeDays, from, to);
  const delays = frameDelays(frames, state.pace);
  return frames.map((frame, i) => {
    const steps = stepsOn(partners, frame.day, state.lang, PICTURE_ARROW);
    const shownDate = shownDateOf(steps, frame.day);
    const caption = {
      date: formatDate(shownDate, state.lang),
      lines: frameCaptionLines(stepTexts(steps, shownDate, state.lang)),
    };
    return {
      frame,
      state: { ...state, asOf: frame.day, scale: 1 },
      overlay: { shownDate, caption, highlight: steps.map((s) => s.key) },
      delay: delays[i] ?? 0,
    };
  });
}

/**
 * The animation as a job for the render pool: each frame's SVG and delay, built here (a millisecond or
 * two a frame, yielding between frames so other requests keep answering); rasterising, the palette and
 * the encoding all run in the worker (gif-encoder.mjs). GIFs are drawn at scale 1.
 */
export async function gifJob(state: ViewState): Promise<RenderJob> {
  const frames: GifFrame[] = [];
  for (const { state: frameState, overlay, delay } of framesOf(state)) {
    frames.push({ svg: renderSnapshotSvg(frameState, overlay), delay });
    await setImmediate();
  }
  return { kind: "gif", frames, options: resvgOptions(snapshotParams({ ...state, scale: 1 }).width, 1) };
}

/** The animation's GIF bytes, not memoised (scripts and tests); rejects with RenderBusyError when full. */
export async function renderGif(state: ViewState): Promise<Uint8Array> {
  return renderPool.run(await gifJob(state));
}

/** Memoised by parameters, like PNGs; a request arriving while the same GIF renders waits for that render. */
export function cachedGif(state: ViewState): Promise<Buffer> {
  return renderOnce(`gif|${JSON.stringify(animationParams(state))}`, () => gifJob(state));
}

/**
 * The most pixels a frame may have: the slide preset's. A frame costs about as much as a PNG of its size,
 * and a whole history is over a hundred of them, all in one worker (1945 to today at 2000×2000 took
 * 36 s), so a larger animation would hold the pool for minutes.
 */
export const MAX_ANIMATION_PIXELS = PRESET_SIZES.slide.width * PRESET_SIZES.slide.height;

/**
 * `/api/graph.gif`: the animation with its ETag, a 400 when its frames would be too large, or 503 +
 * Retry-After when every renderer is busy.
 */
export async function gifResponse(request: Request, state: ViewState): Promise<Response> {
  const { width, height } = pictureSize(state);
  if (width * height > MAX_ANIMATION_PIXELS) {
    const message = `makes each frame of the animation larger than ${MAX_ANIMATION_PIXELS} pixels (1920×1080)`;
    return badRequest(new InvalidQueryError([{ path: "width", message }]));
  }
  const { from, to } = animationSpan(state);
  const headers = {
    "Content-Type": "image/gif",
    "Content-Disposition": `inline; filename="bamboo-vietnam-partners-${from}-${to}.gif"`,
  };
  return pictureResponse(
    request,
    etagFor(["gif", animationParams(state)], state.v),
    headers,
    () => cachedGif(state),
    state.v,
  );
}
