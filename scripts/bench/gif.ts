import { renderGif } from "../../lib/render/gif";
import { PRESETS } from "../../lib/schema/presets";
import { parseViewState } from "../../lib/schema/view-state";
import { gifFrameDelays } from "../../lib/testing/gif-frames";

/** The animated GIF of 1990 to today at each preset: frames, render time (unmemoised) and bytes. */
export async function gifBench(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const preset of PRESETS) {
    const state = parseViewState(new URLSearchParams({ from: "1990-01-01", preset }));
    const start = performance.now();
    const bytes = await renderGif(state);
    rows.push({
      preset,
      frames: gifFrameDelays(bytes).length,
      "render s": ((performance.now() - start) / 1000).toFixed(1),
      MB: (bytes.length / 1e6).toFixed(2),
      "KB/frame": Math.round(bytes.length / 1000 / gifFrameDelays(bytes).length),
    });
  }
  return rows;
}
