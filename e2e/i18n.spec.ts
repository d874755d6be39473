import { expect, test } from "@playwright/test";
import { drawnNodeCount, tableRow } from "./helpers";

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
