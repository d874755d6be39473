import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";
import { gifFrameDelays } from "@/lib/testing/gif-frames";
import { getExplorerPayload } from "@/lib/views/payload";
import { FRAME_DELAY, HISTORY_BUDGET_MS, frameDelays, planFrames } from "./animation-frames";
import { framesOf, renderGif } from "./gif";
import { renderSnapshotSvg } from "./snapshot";

const stateOf = (query: string) => parseViewState(new URLSearchParams(query));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("planFrames", () => {
  const { changeDays } = getExplorerPayload();

  it("shows every change day in the span and at least one frame per year", () => {
    const frames = planFrames(changeDays, "2010-01-01", "2025-12-31");
    const years = new Set(frames.map((f) => f.day.slice(0, 4)));
    for (let y = 2010; y <= 2025; y++) expect(years, String(y)).toContain(String(y));
    const inSpan = changeDays.filter((d) => d >= "2010-01-01" && d <= "2025-12-31");
    expect(frames.filter((f) => f.change).map((f) => f.day)).toEqual(inSpan);
    expect(frames[0]?.day).toBe("2010-01-01");
    expect(frames.at(-1)?.day).toBe("2025-12-31");
  });

  it("is one frame when the span is one day", () => {
    expect(planFrames(changeDays, "2023-09-10", "2023-09-10")).toEqual([{ day: "2023-09-10", change: true }]);
  });
});

describe("history at lesson pace", () => {
  const { changeDays } = getExplorerPayload();
  const from1990 = framesOf(stateOf("from=1990-01-01&preset=article"));
  const changeDaysSince1990 = changeDays.filter((d) => d >= "1990-01-01" && d <= from1990.at(-1)!.frame.day);

  it("keeps a frame for every day a tier changed since 1990", () => {
    expect(changeDaysSince1990.length).toBeGreaterThan(20);
    expect(from1990.filter((f) => f.frame.change).map((f) => f.frame.day)).toEqual(changeDaysSince1990);
  });

  it("plays 1990 to today in at most 45 s by default, though its frames at full length would take longer", () => {
    const natural = from1990.map((f, i) =>
      i === from1990.length - 1 ? FRAME_DELAY.last : f.frame.change ? FRAME_DELAY.change : FRAME_DELAY.quiet,
    );
    expect(sum(natural)).toBeGreaterThan(HISTORY_BUDGET_MS);
    const total = sum(from1990.map((f) => f.delay));
    expect(total).toBeLessThanOrEqual(45_000);
    // Squeezed into the budget, not thrown away: the whole still takes most of it.
    expect(total).toBeGreaterThan(40_000);
    expect(from1990.at(-1)?.delay).toBe(FRAME_DELAY.last);
  });

  it("plays each frame `pace` times as long: pace=2 doubles the whole", () => {
    const slow = framesOf(stateOf("from=1990-01-01&preset=article&pace=2"));
    expect(slow.map((f) => f.delay)).toEqual(from1990.map((f) => f.delay * 2));
    expect(sum(slow.map((f) => f.delay))).toBeLessThanOrEqual(90_000);
  });

  it("gives a short span its frames at full length", () => {
    const frames = planFrames(changeDays, "2023-01-01", "2024-12-31");
    expect(frames.length).toBeGreaterThan(2);
    const delays = frameDelays(frames);
    frames.slice(0, -1).forEach((f, i) => {
      expect(delays[i]).toBe(f.change ? FRAME_DELAY.change : FRAME_DELAY.quiet);
    });
  });

  it("delays are whole hundredths of a second, as a GIF stores them", () => {
    const delays = frameDelays(planFrames(changeDays, "1945-09-02", "2026-01-01"), 1.37);
    expect(delays.length).toBeGreaterThan(0);
    for (const d of delays) expect(d % 10).toBe(0);
    expect(sum(delays)).toBeLessThanOrEqual(HISTORY_BUDGET_MS * 1.37);
  });
});

describe("renderGif", () => {
  it("encodes a frame per planned day with its planned delay, with the same bytes every time", async () => {
    const state = stateOf("from=2023-01-01&to=2024-12-31&preset=article");
    const [first, second] = [await renderGif(state), await renderGif(state)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const planned = framesOf(state);
    expect(planned.length).toBeGreaterThan(2);
    expect(gifFrameDelays(first)).toEqual(planned.map((f) => f.delay));
  }, 120_000);
});

describe("an animation's frames", () => {
  const state = stateOf("from=2007-01-01&to=2008-06-30&preset=article");
  const frames = framesOf(state);

  it("write a change's date as its source gives it: a year, a month, never a day it does not give", () => {
    const year = frames.find((f) => f.frame.day === "2007-12-31");
    const month = frames.find((f) => f.frame.day === "2007-05-31");
    expect([year?.overlay.shownDate, month?.overlay.shownDate]).toEqual(["2007", "2007-05"]);
    const svg = year ? renderSnapshotSvg(year.state, year.overlay) : "";
    expect(svg).toMatch(/class="date">[^<]*as of 2007</);
    expect(svg).toMatch(/class="caption-date">2007</);
    expect(svg).toMatch(/class="caption-change">[^<]*Venezuela/);
    expect(svg).not.toContain("31 December 2007");
  });

  it("write a quiet day (the first of a year, the ends) as that day, with no change under it", () => {
    const quiet = frames.filter((f) => !f.frame.change);
    expect(quiet.length).toBeGreaterThan(0);
    for (const f of quiet) {
      expect(f.overlay.shownDate).toBe(f.frame.day);
      expect(f.overlay.caption?.lines).toEqual([]);
    }
  });

  it("ring the partner whose tier changed, and only it", () => {
    const us = framesOf(stateOf("from=2023-09-01&to=2023-09-30&preset=article")).find(
      (f) => f.frame.day === "2023-09-10",
    );
    expect(us?.overlay.highlight).toEqual(["US"]);
    const svg = us ? renderSnapshotSvg(us.state, us.overlay) : "";
    const ringed = [...svg.matchAll(/data-key="([^"]+)"[^>]*>(?:(?!<\/g>).)*class="highlight"/g)].map(
      (m) => m[1],
    );
    expect(ringed).toEqual(["US"]);
    expect(svg).toMatch(/class="caption-date">10 September 2023</);
    expect(svg).toMatch(/class="caption-change">United States: comprehensive » comprehensive strategic</);
  });

  it("keep the picture still from frame to frame: the band under it is the same height on every frame", () => {
    const offsets = new Set(
      frames.map((f) => /class="scene" transform="([^"]+)"/.exec(renderSnapshotSvg(f.state, f.overlay))?.[1]),
    );
    expect(frames.length).toBeGreaterThan(3);
    expect([...offsets]).toHaveLength(1);
  });
});
