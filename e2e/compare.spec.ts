import { expect, test } from "@playwright/test";
import { contentReady, expectNoSeriousA11yViolations } from "./helpers";

interface SerializedGraph {
  nodes: { key: string; attributes: { kind: string; tier?: string | null } }[];
}

test("2023-01-01 → 2024-12-31 lists the rises to comprehensive strategic, with dates and citations", async ({
  page,
}) => {
  await page.goto("/compare?a=2023-01-01&b=2024-12-31");
  const changes = page.getByTestId("compare-changes");
  for (const [key, date] of <[string, string][]>[
    ["US", "10 September 2023"],
    ["JP", "27 November 2023"],
    ["AU", "7 March 2024"],
    ["FR", "7 October 2024"],
    ["MY", "21 November 2024"],
  ]) {
    const item = changes.locator(`li[data-key="${key}"][data-to="comprehensive-strategic"]`);
    await expect(item).toContainText(date ?? "");
    await expect(item.getByTestId("citation-link").first()).toHaveAttribute("href", /^https?:\/\//);
  }
  const csp = page.locator('[data-testid="compare-counts"] tr[data-tier="comprehensive-strategic"] td');
  await expect(csp.nth(0)).toHaveText("4");
  await expect(csp.nth(1)).toHaveText("9");
  await expect(csp.nth(2)).toHaveText("+5");
  const csv = await page.request.get("/api/compare?a=2023-01-01&b=2024-12-31&format=csv");
  expect(await csv.text()).toMatch(
    /"tier","US","United States","comprehensive","comprehensive-strategic","2023-09-10"/,
  );
});

test("the tiers-over-time table agrees with /api/graph at every change date", async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto("/compare");
  await contentReady(page);
  const rows = await page.locator('[data-testid="chart-table"] tbody tr').all();
  expect(rows.length).toBeGreaterThan(30);
  for (const row of rows) {
    const day = (await row.getAttribute("data-day"))!;
    const graph = (await (await request.get(`/api/graph?asOf=${day}`)).json()) as SerializedGraph;
    for (const tier of ["special", "comprehensive-strategic", "strategic", "comprehensive"]) {
      const expected = graph.nodes.filter(
        (n) => n.attributes.kind === "country" && n.attributes.tier === tier,
      ).length;
      expect(Number(await row.locator(`td[data-tier="${tier}"]`).textContent()), `${day} ${tier}`).toBe(
        expected,
      );
    }
  }
  expect(await page.locator('[data-testid="tier-chart"] circle[data-day]').count()).toBe(rows.length);
});

test("ladders sort by speed, filter by region, and show skipped rungs", async ({ page }) => {
  await page.goto("/compare");
  await page.getByTestId("tab-ladders").click();
  const table = page.getByTestId("ladder-table");
  await expect(table.locator('tr[data-key="US"] td[data-tier="strategic"]')).toHaveAttribute(
    "data-status",
    "skipped",
  );
  await page.getByTestId("ladder-sort").selectOption("speed");
  await expect(page).toHaveURL(/sort=speed/);
  const years = (
    await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-years")))
  )
    .filter(Boolean)
    .map(Number);
  expect(years).toEqual([...years].sort((x, y) => x - y));
  await page.getByTestId("ladder-region").selectOption("Europe");
  await expect(page).toHaveURL(/region=Europe/);
  const regions = await table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-region")));
  expect(regions.length).toBeGreaterThan(3);
  expect(new Set(regions)).toEqual(new Set(["Europe"]));
});

test("keyboard only: a chart marker sets the compare dates; no serious accessibility violations", async ({
  page,
}) => {
  await page.goto("/compare?a=2023-01-01&b=2024-12-31");
  // The chart is server-rendered: its focus handler exists once the page is hydrated (the graphs drawn).
  await expect(page.locator("[data-testid=graph-canvas][data-ready=true]").first()).toBeVisible();
  const marker = page.locator('[data-testid="tier-chart"] circle[data-day="2024-03-07"]');
  await marker.focus();
  await expect(page.getByTestId("chart-status")).toContainText("Australia");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/a=2024-03-06&b=2024-03-07/);
  await expect(page.getByTestId("compare-changes").locator("li")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});
