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
      .map((f) => f.unicodeRange),
  );
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.some((range) => /U\+1EA0/i.test(range))).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Noto Sans"?/);
});
