import { expect, test, type Page } from "@playwright/test";
import { drawnNodeCount } from "./helpers";

const TO_LAM = "leader:to-lam";

/** Which of these marks and links the canvas draws faded (Cytoscape's `dim` class), by id. */
async function dimmed(page: Page, ids: readonly string[]): Promise<Record<string, boolean>> {
  return page.getByTestId("graph-canvas").evaluate((element, keys) => {
    const cy = (element as unknown as { _cyreg: { cy: import("cytoscape").Core } })._cyreg.cy;
    return Object.fromEntries(keys.map((k) => [k, cy.getElementById(k).hasClass("dim")]));
  }, ids);
}

/** Where Cytoscape drew a mark, in page pixels. */
async function markPoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.getByTestId("graph-canvas").evaluate((element, id) => {
    const cy = (element as unknown as { _cyreg: { cy: import("cytoscape").Core } })._cyreg.cy;
    const position = cy.getElementById(id).renderedPosition();
    const box = element.getBoundingClientRect();
    return { x: box.left + element.clientLeft + position.x, y: box.top + element.clientTop + position.y };
  }, key);
}

/** The partners whose steps credit a leader up to a day, as the public API lists them. */
async function partnersOf(page: Page, leader: string, asOf: string): Promise<string[]> {
  const answer = await page.request.get(`/api/changes?focus=${encodeURIComponent(leader)}&to=${asOf}`);
  const { changes } = (await answer.json()) as { changes: { key: string }[] };
  return [...new Set(changes.map((c) => c.key))];
}

test("a leader searched for in the explorer shows their upgrades at once and fades the rest", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/?asOf=2025-12-31&leaders=1");
  await drawnNodeCount(page);
  await expect(page.getByTestId("graph-canvas")).not.toHaveAttribute("data-leaders", "0");
  const partners = await partnersOf(page, TO_LAM, "2025-12-31");
  expect(partners.length).toBeGreaterThan(3);
  expect(partners).not.toContain("JP");

  await page.getByTestId("search").fill("to lam");
  await page.locator(`[role="option"][data-key="${TO_LAM}"]`).click();
  await expect(page).toHaveURL(/focus=leader%3Ato-lam/);
  const details = page.getByTestId("leader-details");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Tô Lâm");
  // Every partner they dealt with is listed with its step and its sources.
  const steps = details.getByTestId("leader-steps").locator("li");
  await expect(steps).not.toHaveCount(0);
  for (const key of partners)
    await expect(steps.and(page.locator(`[data-key="${key}"]`)).first()).toBeVisible();
  await expect(steps.first().locator(".citation").first()).toBeVisible();

  // Their partners and links stay; Japan (no upgrade of theirs) and the other leaders fade.
  await expect
    .poll(() =>
      dimmed(page, [TO_LAM, ...partners, "JP", "leader:pham-minh-chinh", `${TO_LAM}->${partners[0]}`]),
    )
    .toEqual({
      [TO_LAM]: false,
      ...Object.fromEntries(partners.map((p) => [p, false])),
      JP: true,
      "leader:pham-minh-chinh": true,
      [`${TO_LAM}->${partners[0]}`]: false,
    });

  // The details link to the leader's own page.
  await details.getByTestId("leader-page-link").click();
  await expect(page).toHaveURL(/\/leader\/to-lam$/);
});

test("tapping a leader's mark selects them; their page links back to the same view", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/?asOf=2025-12-31&leaders=1");
  await drawnNodeCount(page);
  await expect(page.getByTestId("graph-canvas")).not.toHaveAttribute("data-leaders", "0");
  const point = await markPoint(page, "leader:pham-minh-chinh");
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/focus=leader%3Apham-minh-chinh/);
  await expect(page.getByTestId("leader-details").getByTestId("leader-steps").locator("li")).not.toHaveCount(
    0,
  );

  await page.goto("/leader/to-lam");
  await page.getByTestId("leader-explorer-link").click();
  await expect(page).toHaveURL(/\/\?focus=leader%3Ato-lam&leaders=1$/);
  await drawnNodeCount(page);
  await expect(page.getByTestId("leader-details").getByRole("heading", { level: 2 })).toHaveText("Tô Lâm");
  await expect.poll(() => dimmed(page, [TO_LAM, "JP"])).toEqual({ [TO_LAM]: false, JP: true });
});
