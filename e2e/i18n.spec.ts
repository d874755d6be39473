import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { contentReady, drawnNodeCount, tableRow } from "./helpers";

test("/?lang=vi renders a Vietnamese page: html lang, names with diacritics, official tier names", async ({
  page,
}) => {
  await page.goto("/?lang=vi&asOf=2024-03-10");
  await drawnNodeCount(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(tableRow(page, "KR")).toContainText("Hàn Quốc");
  await expect(tableRow(page, "JP")).toContainText("Nhật Bản");
  await expect(tableRow(page, "US")).toContainText("Hoa Kỳ");
  await expect(tableRow(page, "AU")).toContainText("Đối tác Chiến lược Toàn diện");
  await expect(page.getByTestId("tier-filter")).toContainText("Quan hệ đặc biệt");
  await expect(tableRow(page, "AU")).toContainText("7 tháng 3, 2024");
  await tableRow(page, "AU").getByRole("button").click();
  await expect(page.getByTestId("country-details")).toContainText("Phạm Minh Chính");
});

test("the language follows Accept-Language by default, and switching keeps the date and filters", async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: "vi-VN",
    extraHTTPHeaders: { "Accept-Language": "vi-VN,vi;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/?asOf=2015-06-01&tiers=strategic,comprehensive");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await drawnNodeCount(page);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/asOf=2015-06-01/);
  await expect(page).toHaveURL(/tiers=strategic%2Ccomprehensive|tiers=strategic,comprehensive/);
  await expect(page.getByTestId("date-input")).toHaveValue("2015-06-01");
  await expect(page.locator('[data-testid="tier-filter"] input[data-tier="none"]')).not.toBeChecked();
  await context.close();
});

test("images and exports speak Vietnamese when asked", async ({ request }) => {
  const svg = await (await request.get("/api/graph.svg?asOf=2024-03-10&lang=vi")).text();
  expect(svg).toContain("Hàn Quốc");
  expect(svg).toContain("Đối tác Chiến lược Toàn diện");
  expect(svg).toContain("Tính đến 10 tháng 3, 2024");
  const bytes = await (await request.get("/api/graph?asOf=2024-03-10&format=csv&lang=vi")).body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads "Hàn Quốc"
  const csv = bytes.subarray(3).toString("utf8");
  // The contract fixes the columns' names (English identifiers in every language); the names follow lang.
  expect(csv.split("\r\n")[0]).toBe(
    '"key","name","tier","tierSince","relationsSince","relationsExistedBy","tierSincePrecision","relationsSincePrecision","kind"',
  );
  expect(csv).toContain('"KR","Hàn Quốc"');
});

test("where sources disagree reads in Vietnamese on a Vietnamese page, dates written as Vietnamese write them", async ({
  page,
}) => {
  const japan = JSON.parse(fs.readFileSync("data/relationships/JP.json", "utf8")) as {
    disagreements: { about: string; aboutVi: string; reason: string; reasonVi: string; used: string }[];
  };
  const [disagreement] = japan.disagreements;
  expect(disagreement).toBeDefined();
  await page.goto("/country/JP?lang=vi");
  const section = page.getByTestId("disagreements");
  await expect(section.getByRole("heading")).toHaveText("Các nguồn chưa thống nhất");
  await expect(section).toContainText(disagreement!.aboutVi);
  await expect(section).toContainText(disagreement!.reasonVi);
  await expect(section).not.toContainText(disagreement!.about);
  // The date used and every alternative, as "20 tháng 4, 2009", never 2009-04-20 (quotes aside).
  await expect(section.locator("p").first()).toContainText(/\d{1,2} tháng \d{1,2}, \d{4}/);
  const outsideQuotes = await section.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("blockquote, q, .citation, [lang='en']").forEach((q) => q.remove());
    return copy.textContent ?? "";
  });
  expect(outsideQuotes).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

test("/data's release notes say each release and each change in Vietnamese", async ({ page }) => {
  await page.goto("/data?lang=vi");
  const summaries = page.getByTestId("releases").locator("summary");
  expect(await summaries.count()).toBeGreaterThan(1);
  for (const summary of await summaries.all()) {
    await expect(summary).not.toContainText(/added|corrected|removed|Baseline|partners/);
    await expect(summary.locator("[lang='en']")).toHaveCount(0);
  }
  const changes = page.getByTestId("release-changes").locator(":scope > li");
  expect(await changes.count()).toBeGreaterThan(0);
  await expect(page.getByTestId("release-changes").locator(":scope > li > [lang='en']")).toHaveCount(0);
  await expect(page.getByTestId("release-changes").first()).not.toContainText(
    /tier step|relations established/,
  );
});

test("every page has a language switch and a title in its language after hydration", async ({ page }) => {
  test.setTimeout(180_000); // ten page loads on a shared machine
  const pages = [
    { path: "/?asOf=2024-03-10", vi: /Việt Nam/, en: /Vietnam/ },
    { path: "/compare?a=2023-01-01&b=2024-03-10", vi: /^So sánh/, en: /^Compar/ },
    { path: "/data", vi: /^Bộ dữ liệu/, en: /dataset/i },
    { path: "/country/JP", vi: /^Nhật Bản/, en: /^Japan/ },
    // A Vietnamese name keeps its diacritics in English too: the same title in both languages.
    { path: "/leader/to-lam", vi: /^Tô Lâm/, en: /^Tô Lâm/ },
  ];
  for (const { path, vi, en } of pages) {
    await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=vi`);
    await contentReady(page);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "vi");
    await expect(page, path).toHaveTitle(vi);
    await page.getByRole("banner").getByRole("link", { name: "English" }).click();
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
    await contentReady(page);
    await expect(page, path).toHaveTitle(en);
    await expect(page.getByRole("banner").getByRole("link", { name: "Tiếng Việt" }), path).toBeVisible();
  }
});
