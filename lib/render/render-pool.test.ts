import { describe, expect, it } from "vitest";
import { gifFrameDelays } from "@/lib/testing/gif-frames";
import { FONT_FILES } from "./png";
import { RenderBusyError, RenderPool, type RenderJob } from "./render-pool";

const square = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/></svg>`;
const OPTIONS = {
  fitTo: { mode: "width" as const, value: 40 },
  font: { fontFiles: FONT_FILES, loadSystemFonts: false },
};
const PNG: RenderJob = { kind: "png", svg: square("#0072B2"), options: OPTIONS };
const GIF: RenderJob = {
  kind: "gif",
  frames: [
    { svg: square("#0072B2"), delay: 400 },
    { svg: square("#D55E00"), delay: 1600 },
    { svg: square("#009E73"), delay: 3000 },
  ],
  options: OPTIONS,
};

describe("RenderPool", () => {
  it("renders PNGs in a worker thread", async () => {
    const pool = new RenderPool(1, 1);
    const png = await pool.run(PNG);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(40); // IHDR width
  });

  it("encodes a GIF job's frames, with their delays, in a worker thread, the same bytes every time", async () => {
    const pool = new RenderPool(1, 1);
    const [gif, again] = [await pool.run(GIF), await pool.run(GIF)];
    expect(gif.subarray(0, 6).toString("latin1")).toBe("GIF89a");
    expect(gif.readUInt16LE(6)).toBe(40); // logical screen width
    expect(gif.readUInt16LE(8)).toBe(20);
    expect(gifFrameDelays(gif)).toEqual([400, 1600, 3000]);
    expect(gif.equals(again)).toBe(true);
  });

  it("refuses at once, with RenderBusyError, past its running and waiting limits", async () => {
    const pool = new RenderPool(1, 1);
    const first = pool.run(PNG);
    const second = pool.run(PNG);
    expect(pool.hasRoom()).toBe(false);
    await expect(pool.run(PNG)).rejects.toBeInstanceOf(RenderBusyError);
    await Promise.all([first, second]);
    expect(pool.hasRoom()).toBe(true);
  });

  it("counts GIFs and PNGs against one bound: a GIF past it is refused like a PNG", async () => {
    const pool = new RenderPool(1, 1);
    const gif = pool.run(GIF);
    const png = pool.run(PNG);
    await expect(pool.run(GIF)).rejects.toBeInstanceOf(RenderBusyError);
    await expect(pool.run(PNG)).rejects.toBeInstanceOf(RenderBusyError);
    await Promise.all([gif, png]);
    await expect(pool.run(GIF)).resolves.toBeInstanceOf(Buffer);
  });

  it("turns a picture resvg cannot read into an error, and keeps serving", async () => {
    const pool = new RenderPool(1, 1);
    await expect(pool.run({ ...PNG, svg: "<not-svg" })).rejects.toThrow();
    await expect(pool.run({ ...GIF, frames: [{ svg: "<not-svg", delay: 400 }] })).rejects.toThrow();
    await expect(pool.run({ ...GIF, frames: [] })).rejects.toThrow();
    await expect(pool.run(PNG)).resolves.toBeInstanceOf(Buffer);
  });
});
