import { monitorEventLoopDelay } from "node:perf_hooks";
import { renderGif } from "../../lib/render/gif";
import { PRESETS } from "../../lib/schema/presets";
import { parseViewState } from "../../lib/schema/view-state";
import { gifFrameDelays } from "../../lib/testing/gif-frames";

/**
 * Runs `work` while sampling this process's RSS (the render worker is a thread of it) and the main
 * thread's event-loop delay: peak memory in MB, and the longest the main thread could not answer (ms).
 */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number; blockedMs: number }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  try {
    const result = await work();
    return { result, peakMb: Math.round(peak / 2 ** 20), blockedMs: Math.round(loopDelay.max / 1e6) };
  } finally {
    clearInterval(sampler);
    loopDelay.disable();
  }
}

/**
 * The animated GIF of 1990 to today at each preset, through the render pool as a request renders it:
 * frames, render time (unmemoised), bytes, the process's peak memory, and the main thread's longest stall.
 */
export async function gifBench(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const preset of PRESETS) {
    const state = parseViewState(new URLSearchParams({ from: "1990-01-01", preset }));
    const start = performance.now();
    const { result: bytes, peakMb, blockedMs } = await measured(() => renderGif(state));
    rows.push({
      preset,
      frames: gifFrameDelays(bytes).length,
      "render s": ((performance.now() - start) / 1000).toFixed(1),
      MB: (bytes.length / 1e6).toFixed(2),
      "KB/frame": Math.round(bytes.length / 1000 / gifFrameDelays(bytes).length),
      "peak RSS MB": peakMb,
      "main thread max block ms": blockedMs,
    });
  }
  return rows;
}
