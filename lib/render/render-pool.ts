import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";

/** Thrown when every render worker is busy and the waiting line is full: the caller answers 503. */
export class RenderBusyError extends Error {
  constructor() {
    super("Every picture renderer is busy.");
  }
}

/** One picture of an animation: its SVG and how long it stays (ms). */
export interface GifFrame {
  svg: string;
  delay: number;
}

/**
 * What a worker renders (render-worker.mjs): one SVG as PNG, or every frame of an animation rasterised
 * and encoded as one GIF. Both hold one worker, so they share the pool's bound.
 */
export type RenderJob =
  | { kind: "png"; svg: string; options: ResvgRenderOptions }
  | { kind: "gif"; frames: GifFrame[]; options: ResvgRenderOptions };

interface Waiting {
  job: RenderJob;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

type WorkerReply = { bytes: Uint8Array } | { error: string };

const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/render/render-worker.mjs");
/**
 * A render that takes longer than this is stuck: its worker is replaced. An animation rasterises up to
 * a few hundred frames, so it gets longer than one picture.
 */
const RENDER_TIMEOUT_MS: Record<RenderJob["kind"], number> = { png: 60_000, gif: 180_000 };

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Worker threads for rendering PNGs and GIFs. At most `size` renders run at once (each holds a width×height×4-byte
 * canvas), at most `maxWaiting` more wait; past that `run` throws RenderBusyError at once rather than
 * letting a queue, and memory, grow without bound. Each render gets a fresh worker that ends with it:
 * resvg's canvas is native memory that a worker's garbage collector would free only when it next runs,
 * so a long-lived worker would keep every past canvas for a while (measured: +64 MB per 4000×4000 PNG).
 */
export class RenderPool {
  private readonly waiting: Waiting[] = [];
  private running = 0;

  constructor(
    readonly size: number,
    readonly maxWaiting: number,
    private readonly workerFile = WORKER_FILE,
  ) {}

  /** Whether a new job would be accepted now (checked before doing any work for it). */
  hasRoom(): boolean {
    return this.running < this.size || this.waiting.length < this.maxWaiting;
  }

  /** The job's bytes (PNG or GIF); rejects at once with RenderBusyError when the pool is full. */
  run(job: RenderJob): Promise<Buffer> {
    if (!this.hasRoom()) return Promise.reject(new RenderBusyError());
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running >= this.size || this.waiting.length === 0) return;
    const { job, resolve, reject } = this.waiting.shift() as Waiting;
    this.running += 1;
    const worker = new Worker(this.workerFile);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      this.running -= 1;
      outcome();
      this.next();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error("The picture took too long to render."))),
      RENDER_TIMEOUT_MS[job.kind],
    );
    worker.on("message", (reply: WorkerReply) =>
      finish(() =>
        "bytes" in reply
          ? resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength))
          : reject(new Error(reply.error)),
      ),
    );
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", () => finish(() => reject(new Error("The renderer stopped."))));
    worker.postMessage(job);
  }
}

/**
 * The server's pool, shared by PNGs and GIFs: one renderer per spare core (one on a 2-core machine, so the main thread keeps a
 * core for every other request), and a short waiting line. Both can be set by the operator.
 */
export const renderPool = new RenderPool(
  positiveInt(process.env.BAMBOO_RENDER_WORKERS, 1),
  positiveInt(process.env.BAMBOO_RENDER_QUEUE, 2),
);
