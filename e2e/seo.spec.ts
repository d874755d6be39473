import { XMLParser } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { contentReady } from "./helpers";

/** What a search engine reads from the document once scripts have run: the head as the reader has it. */
async function headAfterHydration(page: Page) {
  return page.evaluate(() => ({
    // An SVG's <title> is a tooltip of the picture, not the page's title.
    titles: [...document.querySelectorAll("title:not(svg title)")].map((t) => t.textContent ?? ""),
    descriptions: [...document.querySelectorAll('meta[name="description"]')].map(
      (m) => m.getAttribute("content") ?? "",
    ),
    robots: [...document.querySelectorAll('meta[name="robots"]')].map((m) => m.getAttribute("content") ?? ""),
    canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map(
      (l) => l.getAttribute("href") ?? "",
    ),
  }));
}

for (const [path, canonical] of [
  ["/?asOf=2024-03-10", "/?asOf=2024-03-10"],
  ["/compare?a=2023-01-01&b=2024-12-31", "/compare?a=2023-01-01&b=2024-12-31"],
  ["/country/JP?utm_source=newsletter", "/country/JP"],
  ["/data?lang=vi", "/data?lang=vi"],
  ["/leader/to-lam", "/leader/to-lam"],
] as const) {
  test(`${path} is indexable after hydration: one title, one description, its canonical address`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(path);
    await contentReady(page);
    // Past hydration and the first effects: whatever the client adds to the head is there by now.
    await page.waitForLoadState("networkidle");
    const head = await headAfterHydration(page);
    expect(head.titles, path).toHaveLength(1);
    expect(head.titles[0]?.trim().length, path).toBeGreaterThan(5);
    expect(head.descriptions, path).toHaveLength(1);
    expect(head.descriptions[0]?.trim().length, path).toBeGreaterThan(20);
    expect(
      head.robots.filter((r) => /noindex/.test(r)),
      path,
    ).toEqual([]);
    expect(head.canonicals, path).toEqual([`${baseURL}${canonical}`]);
  });
}

test("the embed and error pages stay out of the index", async ({ page, request }) => {
  for (const path of ["/embed?asOf=2024-03-10", "/country/ZZ", "/no-such-page"]) {
    await page.goto(path);
    const head = await headAfterHydration(page);
    expect(head.robots.join(" "), path).toContain("noindex");
  }
  const badQuery = await request.get("/data?asOf=not-a-date", { headers: { Accept: "text/html" } });
  expect(badQuery.status()).toBe(400);
  expect(await badQuery.text()).toContain('<meta name="robots" content="noindex">');
});

test("robots.txt names sitemap.xml, which lists the countries, the leaders and the data page", async ({
  request,
  baseURL,
}) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
  expect(sitemapUrl).toBe(`${baseURL}/sitemap.xml`);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toContain("xml");
  const parsed = new XMLParser().parse(await sitemap.text()) as { urlset: { url: { loc: string }[] } };
  const locs = parsed.urlset.url.map((u) => u.loc);
  for (const page of [
    "/",
    "/compare",
    "/data",
    "/country/JP",
    "/country/EU",
    "/leader/to-lam",
    "/country/JP?lang=vi",
  ])
    expect(locs, page).toContain(`${baseURL}${page}`);
  // A sample across the list (every 25th address): each is a page that answers.
  const sample = locs.filter((_loc, i) => i % 25 === 0);
  expect(sample.length).toBeGreaterThan(5);
  for (const loc of sample)
    expect((await request.get(new URL(loc).pathname + new URL(loc).search)).status(), loc).toBe(200);
});
