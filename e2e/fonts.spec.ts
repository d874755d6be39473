import { expect, test } from "@playwright/test";

test("the explorer is set in Noto Sans, served by the app, and the canvas draws once it is loaded", async ({
  page,
}) => {
  await page.goto("/?lang=vi");
  // Left alone, the page loads the canvas when it is idle (app/components/on-demand.ts).
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-drawn", "canvas", { timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans"', "Việt Nam")))
    .toBe(true);
  // Loaded from the app's own font files (no machine here has Noto Sans installed), Vietnamese included.
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, "") === "Noto Sans" && f.status === "loaded")
      .map((f) => ({ weight: f.weight, range: f.unicodeRange })),
  );
  expect(loaded.length).toBeGreaterThan(0);
  // One face holds Latin and Vietnamese together (ệ, U+1EC7, with plain letters): a name is shaped in one file.
  const covers = (range: string, code: number) =>
    range.split(",").some((part) => {
      const [from = "", to] = part.trim().replace(/^U\+/i, "").split("-");
      return parseInt(from, 16) <= code && code <= parseInt(to ?? from, 16);
    });
  expect(loaded.filter((f) => covers(f.range, 0x1ec7) && covers(f.range, 0x61))).not.toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Noto Sans"?/);
});
