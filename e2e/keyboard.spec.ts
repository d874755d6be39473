import { expect, test } from "@playwright/test";
import { drawnNodeCount, expectNoSeriousA11yViolations, graphsDrawn, graphsOn } from "./helpers";

/** Presses Tab until the element matching `selector` has focus; fails if it is not reachable. */
async function tabTo(page: import("@playwright/test").Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

test("keyboard only: tab to search, find a country, open its details, follow a citation", async ({
  page,
  context,
}) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  await tabTo(page, '[data-testid="search"]');
  await page.keyboard.type("Uc"); // Úc, Australia in Vietnamese, typed without diacritics
  await expect(page.locator('#country-table tbody tr[data-key="AU"]')).toBeVisible();
  await expect(page.locator('#country-table tbody tr[data-key="US"]')).toHaveCount(0);
  await tabTo(page, '#country-table tbody tr[data-key="AU"] button');
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("country-details")).toContainText("Australia");
  await tabTo(page, '[data-testid="country-details"] [data-testid="citation-link"]');
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  expect(href).toMatch(/^https?:\/\//);
  // The link opens the source in a new tab; the sandbox has no internet, so only the navigation is checked.
  await context.route("**/*", (route) =>
    route.request().url().startsWith("http://127.0.0.1")
      ? route.continue()
      : route.fulfill({ status: 200, body: "source" }),
  );
  const [popup] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
  await expect.poll(() => popup.url()).toBe(href);
});

test("axe finds no serious or critical violation on any page", async ({ page }) => {
  test.setTimeout(7 * 90_000); // axe takes tens of seconds per page on a busy machine
  for (const path of [
    "/",
    "/?lang=vi",
    "/compare",
    "/country/US",
    "/data",
    "/embed?asOf=2024-03-10",
    "/embed?theme=dark",
  ]) {
    await page.goto(path);
    await graphsDrawn(page, graphsOn(path));
    await expectNoSeriousA11yViolations(page);
  }
});
