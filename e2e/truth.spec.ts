import { expect, test } from "@playwright/test";
import { formatDate } from "../lib/i18n/messages";
import { expectNoSeriousA11yViolations, tableRow } from "./helpers";
import { officialCountsOf } from "./official";

interface SerializedGraph {
  nodes: { key: string; attributes: { kind: string; tier?: string | null; tierSince?: string | null } }[];
}

async function graph(request: import("@playwright/test").APIRequestContext, query: string) {
  const response = await request.get(`/api/graph?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SerializedGraph;
}

test("/api/graph dates a tier from its first day: China 2008 today, Australia 2009 in 2016", async ({
  request,
}) => {
  const today = await graph(request, "format=json");
  expect(today.nodes.find((n) => n.key === "CN")?.attributes).toMatchObject({
    tier: "comprehensive-strategic",
    tierSince: "2008-05-31",
    tierSincePrecision: "month",
    officialNameSince: "2023-12-12",
  });
  const in2016 = await graph(request, "asOf=2016-01-01");
  expect(in2016.nodes.find((n) => n.key === "AU")?.attributes).toMatchObject({
    tier: "comprehensive",
    tierSince: "2009-09-07",
  });
  const csv = await (await request.get("/api/graph?asOf=2026-11-20&format=csv")).text();
  expect(csv).toMatch(/"AL","Albania","","","1950-12-31","","","year"/);
});

/** The number as a whole ("195", not the end of "1195" or the start of "1950"). */
const whole = (n: number) => `(?<!\\d)${n}(?!\\d)`;

test("the headline counts what official statements count on their day, in both languages", async ({
  page,
}) => {
  // The latest statements the dataset reproduces: the numbers come from the statements, not from the app.
  const relations = officialCountsOf("relations").at(-1)!;
  await page.goto(`/?asOf=${relations.day}`);
  await expect(page.getByTestId("headline")).toHaveText(
    new RegExp(
      `${whole(relations.count)} countries with diplomatic relations as of ${formatDate(relations.day, "en")}$`,
    ),
  );
  const csp = officialCountsOf("comprehensive-strategic").at(-1)!;
  await page.goto(`/?tiers=comprehensive-strategic&asOf=${csp.day}`);
  await expect(page.getByTestId("headline")).toHaveText(
    new RegExp(`${whole(csp.count)} comprehensive strategic partners as of ${formatDate(csp.day, "en")}$`),
  );
  await page.goto(`/?tiers=comprehensive-strategic&asOf=${csp.day}&lang=vi`);
  await expect(page.getByTestId("headline")).toHaveText(
    new RegExp(`${whole(csp.count)} đối tác chiến lược toàn diện tính đến ${formatDate(csp.day, "vi")}$`),
  );
});

test("the filtered headline names the organisation among the partners apart from the countries", async ({
  page,
}) => {
  // The European Union has been a comprehensive strategic partner since 29 January 2026.
  await page.goto("/?tiers=comprehensive-strategic&asOf=2026-11-20");
  await expect(page.getByTestId("headline-detail")).toContainText("European Union");
  await expect(page.getByTestId("headline-detail")).toContainText("not counted among countries");
});

test("/?lang=vi&q=Mỹ finds Hoa Kỳ, and UK finds the United Kingdom, not Ukraine", async ({ page }) => {
  await page.goto(`/?lang=vi&q=${encodeURIComponent("Mỹ")}`);
  await expect(tableRow(page, "US")).toContainText("Hoa Kỳ");
  await expect(page.locator("#country-table tbody tr")).toHaveCount(1);
  await page.goto("/?q=UK");
  await expect(tableRow(page, "GB")).toBeVisible();
  await expect(tableRow(page, "UA")).toHaveCount(0);
});

test("China's page and compare show the 2023 step as a step inside the tier", async ({ page }) => {
  await page.goto("/country/CN");
  const steps = page.getByTestId("ladder-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toHaveAttribute("data-within-tier", "true");
  await expect(steps.nth(1)).toContainText("Step within the tier");
  await expect(page.getByTestId("ladder-summary")).toContainText("May 2008");
  await page.goto("/compare?a=2023-01-01&b=2024-12-31");
  const china = page.locator('[data-testid="compare-changes"] li[data-key="CN"]');
  await expect(china).toHaveAttribute("data-within-tier", "true");
  await expect(china).toContainText("Step within the tier");
  await expect(china).not.toContainText("→");
});

test("a Vietnamese page shows Vietnamese data where sourced and marks English fallbacks", async ({
  page,
  request,
}) => {
  type Details = { ladder: { officialName: string | null; officialNameVi: string | null }[] };
  const lastStep = async (key: string) =>
    ((await (await request.get(`/api/country/${key}`)).json()) as Details).ladder.at(-1)!;
  // The United States' latest framework has a sourced Vietnamese name; Spain's has only its English one.
  const us = await lastStep("US");
  expect(us.officialNameVi).toBeTruthy();
  await page.goto("/country/US?lang=vi");
  await expect(page.getByTestId("ladder-step").last()).toContainText(us.officialNameVi!);
  await expect(page.getByTestId("ladder-summary")).toContainText("năm");
  const spain = await lastStep("ES");
  expect([spain.officialNameVi, typeof spain.officialName]).toEqual([null, "string"]);
  await page.goto("/country/ES?lang=vi");
  await expect(page.getByTestId("ladder-step").last().locator('em [lang="en"]')).toHaveText(
    spain.officialName!,
  );
});

test("/api/changes lists every step with its sources, as CSV with a BOM and as JSON", async ({
  page,
  request,
}) => {
  const json = (await (await request.get("/api/changes?format=json")).json()) as {
    count: number;
    changes: { key: string; change: string; citations: { url: string | null; quote: string }[] }[];
  };
  expect(json.count).toBeGreaterThan(50);
  expect(json.changes.every((c) => c.citations.length > 0)).toBe(true);
  expect(json.changes.filter((c) => c.key === "CN").map((c) => c.change)).toEqual(["upgrade", "within-tier"]);
  const csv = await request.get("/api/changes?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain(json.changes[0]!.citations[0]!.quote.replace(/"/g, '""'));
  const bad = await request.get("/api/changes?format=gexf");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("format");
  expect((await request.get("/api/changes?from=2025-01-01&to=2024-01-01")).status()).toBe(400);

  await page.goto("/data");
  await expect(page.getByTestId("changes-csv")).toHaveAttribute("href", "/api/changes?format=csv");
  await page.goto("/country/AU");
  const link = page.getByTestId("country-changes-csv");
  await expect(link).toHaveAttribute("href", "/api/changes?format=csv&focus=AU");
  const forAustralia = await request.get((await link.getAttribute("href"))!);
  expect((await forAustralia.text()).trim().split("\r\n")).toHaveLength(1 + 4);
});

test("/leader/to-lam lists his offices and the upgrades he took part in, with sources", async ({
  page,
  request,
}) => {
  const steps = (await (await request.get("/api/changes?format=json&focus=leader:to-lam")).json()) as {
    changes: { key: string }[];
  };
  const response = await page.goto("/leader/to-lam");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // English pages keep a Vietnamese leader's diacritics.
  await expect(page.locator("h1")).toContainText("Tô Lâm");
  await expect(page.getByTestId("leader-offices")).toContainText("General Secretary");
  const listed = page.locator('[data-testid="leader-tier-steps"] > li');
  await expect(listed).toHaveCount(steps.changes.length);
  for (const { key } of steps.changes)
    await expect(
      listed
        .and(page.locator(`[data-key="${key}"]`))
        .getByTestId("citation-link")
        .first(),
    ).toHaveAttribute("href", /^https?:\/\//);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/leader/to-lam?lang=vi");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator("h1")).toContainText("Tô Lâm");

  expect((await request.get("/leader/nobody-at-all")).status()).toBe(404);

  await page.goto("/country/FR");
  await page.locator('a[href="/leader/to-lam"]').first().click();
  await expect(page).toHaveURL(/\/leader\/to-lam$/);
});
