import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";
import { TIER_STYLE } from "@/lib/render/palette";
import { SCENE_THEMES } from "@/lib/scene/theme";
import { getExplorerPayload } from "@/lib/views/payload";
import {
  captionBand,
  decodeGifFrames,
  decodePng,
  encodeGif,
  encodePng,
  paintBand,
  pictureProblems,
  unchangedChangeFrames,
} from "@/lib/testing/pixels";
import { planFrames } from "./animation-frames";
import { renderGif } from "./gif";
import { svgToPng } from "./png";
import { renderSnapshotSvg } from "./snapshot";

/** What a reader must see: the light background, every tier's colour, a date line. */
const TIER_COLOURS = (["special", "comprehensive-strategic", "strategic", "comprehensive"] as const).map(
  (tier) => TIER_STYLE[tier].colour,
);
const BACKGROUND = SCENE_THEMES.light.bg;

describe("a PNG, looked at pixel by pixel", () => {
  const state = parseViewState(new URLSearchParams("asOf=2025-12-31&preset=article&theme=light"));
  const svg = renderSnapshotSvg(state);
  const caption = captionBand(svg, 2);
  const png = decodePng(svgToPng(svg, 800, 2));
  const expected = { background: BACKGROUND, colours: TIER_COLOURS, caption };

  it("is not blank, shows every tier's colour and has its caption", () => {
    expect([png.width, png.height]).toEqual([1600, 1200]);
    expect(caption.y1).toBeGreaterThan(caption.y0);
    expect(pictureProblems(png, expected)).toEqual([]);
  });

  it("fails the checks when deliberately blanked to its background", () => {
    const blank = decodePng(encodePng({ ...png, data: new Uint8Array(png.data.length).fill(255) }));
    expect(pictureProblems(blank, expected)).toEqual([
      "blank",
      ...TIER_COLOURS.map((c) => `no ${c}`),
      "caption area empty",
    ]);
  });

  it("fails the caption check when only the caption is painted over", () => {
    expect(pictureProblems(paintBand(png, caption, BACKGROUND), expected)).toEqual(["caption area empty"]);
  });
});

describe("a GIF, frame by frame", () => {
  const query = "from=2023-01-01&to=2024-12-31&preset=article&theme=light";
  const state = parseViewState(new URLSearchParams(query));
  const plan = planFrames(getExplorerPayload().changeDays, "2023-01-01", "2024-12-31");
  const changes = plan.map((f) => f.change);
  const caption = captionBand(renderSnapshotSvg({ ...state, asOf: "2024-12-31" }));
  const expected = { background: BACKGROUND, colours: TIER_COLOURS, caption };
  const frames = renderGif(state).then(decodeGifFrames);

  it("has a frame per planned day, each one legible, each change differing from the frame before", async () => {
    const decoded = await frames;
    expect(changes.filter(Boolean).length).toBeGreaterThan(3);
    expect(decoded).toHaveLength(plan.length);
    expect(decoded.map((frame) => pictureProblems(frame, expected))).toEqual(decoded.map(() => []));
    expect(unchangedChangeFrames(decoded, changes, caption)).toEqual([]);
  }, 120_000);

  it("fails the checks once its captions are removed", async () => {
    const decoded = await frames;
    const captionless = decodeGifFrames(encodeGif(decoded.map((f) => paintBand(f, caption, BACKGROUND))));
    expect(captionless).toHaveLength(decoded.length);
    expect(captionless.map((frame) => pictureProblems(frame, expected))).toEqual(
      captionless.map(() => ["caption area empty"]),
    );
    const changeFrames = changes.flatMap((change, i) => (change && i > 0 ? [i] : []));
    expect(changeFrames.length).toBeGreaterThan(0);
    expect(unchangedChangeFrames(captionless, changes, caption)).toEqual(changeFrames);
  }, 120_000);
});
