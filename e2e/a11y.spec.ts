import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, graphsDrawn, graphsOn } from "./helpers";

const PAGES = [
  "/?asOf=2024-03-10",
  "/?asOf=2024-03-10&focus=AU",
  "/compare",
  "/country/US",
  "/data",
] as const;

for (const theme of ["light", "dark"] as const) {
  for (const lang of ["en", "vi"] as const) {
    test(`axe: no serious or critical violation on any page (${theme}, ${lang})`, async ({ page }) => {
      // axe checks colour contrast on every node: tens of seconds per page on a busy machine.
      test.setTimeout(PAGES.length * 90_000);
      for (const path of PAGES) {
        await page.goto(`${path}${path.includes("?") ? "&" : "?"}theme=${theme}&lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await graphsDrawn(page, graphsOn(path));
        await expectNoSeriousA11yViolations(page);
      }
    });
  }
}

test("axe: the phone layout with the details sheet open has no serious violation", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?asOf=2024-03-10&focus=AU");
  await expect(page.getByTestId("country-details")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

// The first views are the page a phone shows until the reader asks for more: they are checked as they stand,
// the page's scripts (fetched on demand, lib/page-shell/scripts-on-demand.ts) kept from it.
for (const path of ["/?asOf=2024-03-10&theme=dark&lang=vi", "/compare?a=2016-01-01&b=2024-03-10"]) {
  test(`axe: the first view of ${path} has no serious violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/\/_next\/static\/chunks\/.+\.js$/, (route) => route.abort());
    await page.goto(path);
    await expect(page.locator("main[aria-busy=true] h1")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // What was checked was the first view.
    await expect(page.locator("main[aria-busy=true] h1")).toBeVisible();
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });
}
