import { expect, test } from "@playwright/test";
import type { TotalMeasure } from "../lib/schema/dataset";
import { contentReady, expectNoSeriousA11yViolations, graphsDrawn } from "./helpers";
import { layoutSettled, nodePositions } from "./legibility";
import { officialCountsOf } from "./official";

/** The official measures the chart's columns add up to: each by the tiers it counts. */
const MEASURED_TIERS: [TotalMeasure, string[]][] = [
  ["special", ["special"]],
  ["comprehensive-strategic", ["comprehensive-strategic"]],
  ["strategic", ["strategic"]],
  ["comprehensive", ["comprehensive"]],
  ["strategicOrAbove", ["comprehensive-strategic", "strategic"]],
  ["comprehensiveOrAbove", ["comprehensive-strategic", "strategic", "comprehensive"]],
  ["frameworks", ["comprehensive-strategic", "strategic", "comprehensive"]],
];

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

test("the tiers-over-time table gives the counts official statements give on their days", async ({
  page,
}) => {
  await page.goto("/compare");
  await contentReady(page);
  const table = page.locator('[data-testid="chart-table"] tbody tr');
  await expect.poll(() => table.count()).toBeGreaterThan(30);
  const rows = await table.evaluateAll((trs) =>
    trs.map((tr) => ({
      day: tr.getAttribute("data-day") ?? "",
      counts: Object.fromEntries(
        [...tr.querySelectorAll("td[data-tier]")].map((td) => [
          td.getAttribute("data-tier"),
          Number(td.textContent),
        ]),
      ) as Record<string, number>,
    })),
  );
  await expect(page.locator('[data-testid="tier-chart"] circle[data-day]')).toHaveCount(rows.length);
  // Each official count, against the table's row in force on the statement's day (the last change by then).
  const official = MEASURED_TIERS.flatMap(([measure, tiers]) =>
    officialCountsOf(measure).map((c) => ({ ...c, tiers })),
  );
  expect(official.length).toBeGreaterThan(20);
  const shown = official.map(({ statement, measure, day, tiers }) => {
    const row = rows.filter((r) => r.day <= day).at(-1);
    return `${statement} ${measure}: ${row ? tiers.reduce((sum, tier) => sum + (row.counts[tier] ?? NaN), 0) : "no row"}`;
  });
  expect(shown).toEqual(official.map(({ statement, measure, count }) => `${statement} ${measure}: ${count}`));
});

test("/compare draws the layout it is given and keeps it in its address; an unknown layout is a 400", async ({
  page,
  request,
}) => {
  const positions = async (query: string) => {
    await page.goto(`/compare?a=2023-01-01&b=2024-12-31${query}`);
    await graphsDrawn(page, 2);
    const canvas = page.getByTestId("graph-canvas").first();
    await layoutSettled(canvas);
    return (await nodePositions(canvas)).nodes;
  };
  const rings = await positions("");
  const geo = await positions("&layout=geo");
  await expect(page).toHaveURL(/layout=geo/);
  // The partners (ISO codes, the EU) are drawn in both; only where they stand differs.
  const partners = Object.keys(rings).filter((key) => /^[A-Z]{2}$/.test(key));
  expect(partners.length).toBeGreaterThan(100);
  expect(partners.filter((key) => !geo[key])).toEqual([]);
  const moved = partners.filter((key) => String(rings[key]) !== String(geo[key]));
  expect(moved.length).toBeGreaterThan(partners.length / 2);
  const bad = await request.get("/compare?layout=force", { headers: { Accept: "application/json" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("layout");
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
  // The chart is server-rendered: its focus handler exists once the page is hydrated (the graphs pictured).
  await expect(page.locator("[data-testid=graph-canvas][data-drawn]").first()).toBeVisible({
    timeout: 30_000,
  });
  const marker = page.locator('[data-testid="tier-chart"] circle[data-day="2024-03-07"]');
  await marker.focus();
  await expect(page.getByTestId("chart-status")).toContainText("Australia");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/a=2024-03-06&b=2024-03-07/);
  await expect(page.getByTestId("compare-changes").locator("li")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test("the tiers-over-time chart names each line at its end in its colour, over round ticks", async ({
  page,
}) => {
  await page.goto("/compare");
  await contentReady(page);
  // The table alternative (folded away, but in the page) gives each tier's count today in its last row.
  const lastRow = page.locator('[data-testid="chart-table"] tbody tr').last();
  await expect(lastRow).toBeAttached();
  const names = page.getByTestId("line-name");
  await expect(names).toHaveCount(4);
  for (const tier of ["special", "comprehensive-strategic", "strategic", "comprehensive"]) {
    const today = (await lastRow.locator(`td[data-tier="${tier}"]`).textContent())?.trim();
    const name = page.locator(`[data-testid="line-name"][data-tier="${tier}"]`);
    // The name ends with the line's count today and is drawn in a shade of the line's own colour.
    await expect(name).toHaveText(new RegExp(` ${today}$`));
    const [text, line] = await Promise.all([
      name.evaluate((el) => getComputedStyle(el).fill),
      page
        .locator(`[data-testid="chart-table"] th[data-tier="${tier}"] line`)
        .evaluate((el) => el.getAttribute("stroke")),
    ]);
    const hue = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return r >= g && r >= b ? "r" : g >= b ? "g" : "b";
    };
    const hex = (h: string | null) =>
      `rgb(${[1, 3, 5].map((i) => parseInt((h ?? "#000000").slice(i, i + 2), 16)).join(", ")})`;
    expect(hue(text), tier).toBe(hue(hex(line)));
  }
  // No two names overlap.
  const boxes = await names.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
  // The count axis steps by a round number from 0 to at least the largest count.
  const ticks = (await page.getByTestId("count-tick").allTextContents()).map(Number);
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const step = ticks[1]! - ticks[0]!;
  expect([1, 2, 5, 10, 20, 25, 50]).toContain(step);
  expect(ticks).toEqual(ticks.map((_, i) => i * step));
});

test("the chart's picture: /compare links to it, it names the lines, and a bad parameter is a JSON 400", async ({
  page,
  request,
}) => {
  await page.goto("/compare?lang=vi");
  await contentReady(page);
  const links = page.getByTestId("chart-downloads").getByRole("link");
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAttribute(
    "href",
    /^\/api\/chart\.svg\?a=\d{4}-\d\d-\d\d&b=\d{4}-\d\d-\d\d&lang=vi$/,
  );
  await expect(links.last()).toHaveAttribute("href", /^\/api\/chart\.png\?/);
  const svgAnswer = await request.get((await links.first().getAttribute("href"))!);
  expect(svgAnswer.status()).toBe(200);
  expect(svgAnswer.headers()["content-type"]).toContain("image/svg+xml");
  const svg = await svgAnswer.text();
  // The page's own line names (Vietnamese here) are the picture's.
  const names = await page.getByTestId("line-name").allTextContents();
  expect(names).toHaveLength(4);
  for (const name of names) expect(svg).toContain(`>${name}</text>`);
  expect(svg).toContain("Các cấp độ theo thời gian");
  const png = await request.get((await links.last().getAttribute("href"))!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bad = await request.get("/api/chart.svg?b=2024-02-30");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0].path).toBe("b");
});

test("the chart's links carry the comparison's days and tiers, and its picture draws just those", async ({
  page,
  request,
}) => {
  await page.goto("/compare?a=2010-01-01&b=2015-06-30&tiers=strategic,comprehensive-strategic");
  await contentReady(page);
  // The page's own chart draws the page's tiers only.
  await expect(page.getByTestId("line-name")).toHaveCount(2);
  const links = page.getByTestId("chart-downloads").getByRole("link");
  await expect(links).toHaveCount(2);
  for (const kind of ["svg", "png"]) {
    const href = await links.filter({ hasText: kind.toUpperCase() }).getAttribute("href");
    const url = new URL(href ?? "", "http://x");
    expect(url.pathname).toBe(`/api/chart.${kind}`);
    expect(url.searchParams.get("a")).toBe("2010-01-01");
    expect(url.searchParams.get("b")).toBe("2015-06-30");
    expect(url.searchParams.get("tiers")?.split(",").sort()).toEqual([
      "comprehensive-strategic",
      "strategic",
    ]);
  }
  const answer = await request.get((await links.first().getAttribute("href"))!);
  expect(answer.status()).toBe(200);
  const svg = await answer.text();
  // Two lines: the page's tiers.
  const tiers = [...svg.matchAll(/class="line-name" data-tier="([^"]+)"/g)].map((m) => m[1]).sort();
  expect(tiers).toEqual(["comprehensive-strategic", "strategic"]);
  // It ends on the comparison's later day, as the links' sentence says (the page's chart runs on to today).
  await expect(page.getByTestId("chart-downloads")).toContainText("up to 30 June 2015");
  expect(svg).toContain("to 30 June 2015");
});
