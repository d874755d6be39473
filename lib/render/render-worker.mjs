// Runs one render job per worker, off the server's main thread: a PNG (resvg's rasterising and PNG
// encoding take hundreds of milliseconds for a large picture) or a whole GIF (every frame rasterised,
// then quantised, diffed and compressed). Plain JavaScript because the worker is loaded from disk at run
// time, outside the bundler; the job's shape is `RenderJob` in render-pool.ts.
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { encodeGif } from "./gif-encoder.mjs";

const renderers = {
  png: ({ svg, options }) => new Resvg(svg, options).render().asPng(),
  gif: ({ frames, options }) => encodeGif(frames, (svg) => new Resvg(svg, options).render()),
};

parentPort.on("message", async (job) => {
  try {
    const bytes = await renderers[job.kind](job);
    parentPort.postMessage({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
