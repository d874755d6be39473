import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

test("/data reconciles every official statement and offers the downloads", async ({ page, request }) => {
  await page.goto("/data");
  const rows = page.locator('[data-testid="reconciliation"] tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(15);
  // Each row says match or not; a row that differs explains why.
  for (const row of await rows.all()) {
    const mark = (await row.locator("td").nth(3).textContent()) ?? "";
    expect(mark).toMatch(/^[✓✗]/);
    if (mark.startsWith("✗")) expect(mark.length).toBeGreaterThan(40);
  }
  await expect(page.locator('[data-testid="coverage"]')).toContainText("Tier changes");
  const dataset = await request.get("/api/dataset");
  expect(dataset.headers()["content-disposition"]).toMatch(/^attachment; filename="bamboo-dataset-/);
  const body = (await dataset.json()) as { relationships: unknown[]; totals: unknown[] };
  expect(body.totals.length).toBe(await rows.count());
  await expectNoSeriousA11yViolations(page);
});
