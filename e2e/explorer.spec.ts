import { expect, test } from "@playwright/test";
import { drawnNodeCount, expectNoSeriousA11yViolations, tableRow } from "./helpers";
import { layoutSettled, nodePositions } from "./legibility";

interface SerializedGraph {
  nodes: { key: string; attributes: { kind: string; tier?: string | null } }[];
}

test("the graph draws the same partners the API and the table list", async ({ page, request }) => {
  await page.goto("/?asOf=2024-03-10");
  const drawn = await drawnNodeCount(page);
  const api = (await (await request.get("/api/graph?asOf=2024-03-10")).json()) as SerializedGraph;
  const partners = api.nodes.filter(
    (n) => n.attributes.kind === "country" || n.attributes.kind === "organisation",
  );
  expect(partners.length).toBeGreaterThan(100);
  expect(drawn).toBe(partners.length + 1); // + Vietnam at the centre
  await expect(page.locator("#country-table tbody tr")).toHaveCount(partners.length);
  for (const node of partners.slice(0, 40)) {
    await expect(tableRow(page, node.key)).toHaveAttribute("data-tier", node.attributes.tier ?? "none");
  }
});

test("the as-of date changes what is shown: Australia rises to comprehensive strategic on 2024-03-07", async ({
  page,
}) => {
  await page.goto("/?asOf=2024-03-01");
  await drawnNodeCount(page);
  await expect(tableRow(page, "AU")).toHaveAttribute("data-tier", "strategic");
  await page.getByTestId("date-input").fill("2024-03-10");
  await expect(tableRow(page, "AU")).toHaveAttribute("data-tier", "comprehensive-strategic");
  await expect(page).toHaveURL(/asOf=2024-03-10/);
  // Before relations with the United States existed, it is not in the network at all.
  await page.getByTestId("date-input").fill("1990-01-01");
  await expect(tableRow(page, "US")).toHaveCount(0);
});

test("tier filters narrow the graph and the table, with counts as of the date", async ({ page }) => {
  await page.goto("/?asOf=2024-02-01");
  const all = await drawnNodeCount(page);
  const csp = Number(
    (await page.getByTestId("count-comprehensive-strategic").textContent())?.replace(/\D/g, ""),
  );
  const special = Number((await page.getByTestId("count-special").textContent())?.replace(/\D/g, ""));
  expect(csp).toBe(6);
  expect(special).toBe(3);
  for (const tier of ["strategic", "comprehensive", "none"]) {
    await page.locator(`[data-testid="tier-filter"] input[data-tier="${tier}"]`).uncheck();
  }
  await expect(page).toHaveURL(
    /tiers=special%2Ccomprehensive-strategic|tiers=special,comprehensive-strategic/,
  );
  await expect(page.locator("#country-table tbody tr")).toHaveCount(csp + special);
  expect(await drawnNodeCount(page)).toBe(csp + special + 1);
  expect(all).toBeGreaterThan(csp + special + 1);
  const tiers = await page
    .locator("#country-table tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tier")));
  expect(new Set(tiers)).toEqual(new Set(["special", "comprehensive-strategic"]));
});

test("search ignores diacritics and finds Vietnamese names", async ({ page }) => {
  await page.goto("/");
  await drawnNodeCount(page);
  await page.getByTestId("search").fill("Han Quoc");
  await expect(page.locator("#country-table tbody tr")).toHaveCount(1);
  await expect(tableRow(page, "KR")).toBeVisible();
  await page.getByTestId("search").fill("nhật bản");
  await expect(tableRow(page, "JP")).toBeVisible();
  await expect(page).toHaveURL(/q=nh/);
});

test("keyboard: tab to a country in the table, open its details, citations link out", async ({ page }) => {
  await page.goto("/?asOf=2024-03-10&q=australia");
  await drawnNodeCount(page);
  const button = tableRow(page, "AU").getByRole("button");
  await button.focus();
  await page.keyboard.press("Enter");
  const details = page.getByTestId("country-details");
  await expect(details).toContainText("Australia");
  await expect(
    details.getByTestId("ladder-step").filter({ hasText: "Comprehensive strategic partnership" }),
  ).toHaveCount(1);
  await expect(details.getByTestId("ladder-step").filter({ hasText: /^Strategic partnership/ })).toHaveCount(
    1,
  );
  const links = details.getByTestId("citation-link");
  await expect.poll(() => links.count()).toBeGreaterThan(2);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(2);
  expect(hrefs.filter((href) => !/^https?:\/\/[^\s]+$/.test(href ?? ""))).toEqual([]);
  await expect(page).toHaveURL(/focus=AU/);
  // Arrow keys on the canvas move the selection from one country to the next.
  await page.getByTestId("graph-canvas").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).not.toHaveURL(/focus=AU/);
});

test("a URL round-trips to the same view", async ({ page, browser }) => {
  await page.goto("/");
  await drawnNodeCount(page);
  await page.getByTestId("date-input").fill("2013-09-30");
  await page.locator('[data-testid="tier-filter"] input[data-tier="none"]').uncheck();
  await page.getByTestId("layout").selectOption("geo");
  await page.getByTestId("search").fill("fr");
  await tableRow(page, "FR").getByRole("button").click();
  const url = page.url();
  const rowsBefore = await page
    .locator("#country-table tbody tr")
    .evaluateAll((r) => r.map((x) => x.getAttribute("data-key")));
  const other = await browser.newPage();
  await other.goto(url);
  await drawnNodeCount(other);
  await expect(other.getByTestId("date-input")).toHaveValue("2013-09-30");
  await expect(other.getByTestId("layout")).toHaveValue("geo");
  await expect(other.getByTestId("search")).toHaveValue("fr");
  await expect(other.locator('[data-testid="tier-filter"] input[data-tier="none"]')).not.toBeChecked();
  await expect(other.getByTestId("country-details")).toContainText("France");
  expect(
    await other
      .locator("#country-table tbody tr")
      .evaluateAll((r) => r.map((x) => x.getAttribute("data-key"))),
  ).toEqual(rowsBefore);
  await other.close();
});

test("every layout the explorer offers draws the partners in other places", async ({ page }) => {
  await page.goto("/?asOf=2024-03-10");
  await drawnNodeCount(page);
  const offered = await page
    .getByTestId("layout")
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered.length).toBeGreaterThan(1);
  const pictures: string[] = [];
  for (const layout of offered) {
    await page.goto(`/?asOf=2024-03-10&layout=${layout}`);
    await drawnNodeCount(page);
    const canvas = page.getByTestId("graph-canvas");
    await layoutSettled(canvas);
    const { nodes } = await nodePositions(canvas);
    expect(nodes.AU, layout).toBeDefined();
    pictures.push(JSON.stringify(nodes));
  }
  expect(new Set(pictures).size).toBe(offered.length);
  expect(
    (await page.request.get("/?layout=force", { headers: { Accept: "application/json" } })).status(),
  ).toBe(400);
});

test("the explorer and a country page have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(180_000); // axe alone takes ~30 s on the explorer when the 2-core machine is busy
  await page.goto("/?asOf=2024-03-10&focus=AU");
  await drawnNodeCount(page);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/country/JP");
  await expect(page).toHaveTitle(/Japan/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Japan");
  await expectNoSeriousA11yViolations(page);
});

test("showing leaders adds their nodes, loaded on demand, and the URL keeps them", async ({
  page,
  request,
}) => {
  await page.goto("/?asOf=2024-03-10");
  const partnersOnly = await drawnNodeCount(page);
  const [links] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/leader-links") && r.ok()),
    page.getByLabel("Show leaders").check(),
  ]);
  expect(links.headers()["etag"]).toBeTruthy();
  await expect(page).toHaveURL(/leaders=1/);
  const canvas = page.getByTestId("graph-canvas");
  await expect
    .poll(async () => Number(await canvas.getAttribute("data-node-count")))
    .toBeGreaterThan(partnersOnly);
  const withLeaders = Number(await canvas.getAttribute("data-node-count"));

  // The API's graph has the same leaders as of that date (every leader node it lists is drawn).
  const graph = (await (await request.get("/api/graph?asOf=2024-03-10")).json()) as {
    nodes: { key: string; attributes: { kind: string } }[];
  };
  const apiLeaders = graph.nodes.filter((n) => n.attributes.kind === "leader").length;
  expect(withLeaders - partnersOnly).toBeGreaterThan(0);
  expect(withLeaders - partnersOnly).toBeLessThanOrEqual(apiLeaders);

  // Opening the shared URL draws the leaders straight away. The page is the same static shell for every
  // view, so the links come from the API, as an answer shared caches keep.
  expect(links.headers()["cache-control"]).toContain("s-maxage");
  await page.goto(page.url());
  await expect.poll(async () => Number(await canvas.getAttribute("data-node-count"))).toBe(withLeaders);
});
