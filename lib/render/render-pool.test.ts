import { describe, expect, it } from "vitest";
import { FONT_FILES } from "./png";
import { RenderBusyError, RenderPool } from "./render-pool";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0072B2"/></svg>';
const OPTIONS = {
  fitTo: { mode: "width" as const, value: 40 },
  font: { fontFiles: FONT_FILES, loadSystemFonts: false },
};

describe("RenderPool", () => {
  it("renders PNGs in a worker thread", async () => {
    const pool = new RenderPool(1, 1);
    const png = await pool.run(SVG, OPTIONS);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(40); // IHDR width
  });

  it("refuses at once, with RenderBusyError, past its running and waiting limits", async () => {
    const pool = new RenderPool(1, 1);
    const first = pool.run(SVG, OPTIONS);
    const second = pool.run(SVG, OPTIONS);
    expect(pool.hasRoom()).toBe(false);
    await expect(pool.run(SVG, OPTIONS)).rejects.toBeInstanceOf(RenderBusyError);
    await Promise.all([first, second]);
    expect(pool.hasRoom()).toBe(true);
  });

  it("turns a picture resvg cannot read into an error, and keeps serving", async () => {
    const pool = new RenderPool(1, 1);
    await expect(pool.run("<not-svg", OPTIONS)).rejects.toThrow();
    await expect(pool.run(SVG, OPTIONS)).resolves.toBeInstanceOf(Buffer);
  });
});
