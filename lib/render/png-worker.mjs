// Renders one SVG to PNG per message, off the server's main thread: resvg's rasterising and PNG
// encoding each take hundreds of milliseconds for a large picture. Plain JavaScript because the worker
// is loaded from disk at run time, outside the bundler.
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

parentPort.on("message", ({ svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    parentPort.postMessage({ png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
