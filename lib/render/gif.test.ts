import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";
import { gifFrameDelays } from "@/lib/testing/gif-frames";
import { getExplorerPayload } from "@/lib/views/payload";
import { planFrames } from "./animation-frames";
import { FRAME_DELAY, framesOf, renderGif } from "./gif";
import { renderSnapshotSvg } from "./snapshot";

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

describe("renderGif", () => {
  it("encodes a frame per planned day, holding change days longer, with the same bytes every time", async () => {
    const state = parseViewState(new URLSearchParams("from=2023-01-01&to=2024-12-31&preset=article"));
    const [first, second] = [await renderGif(state), await renderGif(state)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const delays = gifFrameDelays(first);
    const plan = planFrames(getExplorerPayload().changeDays, "2023-01-01", "2024-12-31");
    expect(delays).toHaveLength(plan.length);
    expect(delays[0]).toBe(plan[0]?.change ? FRAME_DELAY.change : FRAME_DELAY.quiet);
    expect(delays.at(-1)).toBe(FRAME_DELAY.last);
  }, 120_000);
});

describe("an animation's frames", () => {
  const state = parseViewState(new URLSearchParams("from=2007-01-01&to=2008-06-30&preset=article"));
  const frames = framesOf(state);

  it("write a change's date as its source gives it: a year, a month, never a day it does not give", () => {
    const year = frames.find((f) => f.frame.day === "2007-12-31");
    const month = frames.find((f) => f.frame.day === "2007-05-31");
    expect([year?.shownDate, month?.shownDate]).toEqual(["2007", "2007-05"]);
    const svg = year ? renderSnapshotSvg(year.state, year.shownDate) : "";
    expect(svg).toMatch(/class="date">[^<]*Venezuela[^<]*as of 2007</);
    expect(svg).not.toContain("31 December 2007");
  });

  it("write a quiet day (the first of a year, the ends) as that day", () => {
    const quiet = frames.filter((f) => !f.frame.change);
    expect(quiet.length).toBeGreaterThan(0);
    for (const f of quiet) expect(f.shownDate).toBe(f.frame.day);
  });
});
