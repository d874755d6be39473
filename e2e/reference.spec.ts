import { expect, test, type Page } from "@playwright/test";

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test("the citation on /country/JP names the release and a pinned address that reproduces the view", async ({
  page,
  request,
}) => {
  const releases = (await (await request.get("/api/releases")).json()) as { version: string }[];
  expect(releases.length).toBeGreaterThan(0);
  const release = releases[0]!.version;
  await page.goto(`/country/JP?v=${release}`);
  const heading = await page.locator("h1").innerText();
  expect(heading).toContain("Japan");
  await page.getByTestId("cite").locator("summary").click();
  const cite = page.getByTestId("cite");
  const text = cite.getByTestId("cite-text");
  await expect(text).toContainText(`Release ${release}`);
  await expect(cite.getByTestId("cite-release")).toHaveText(release);
  await expect(cite.getByTestId("cite-bibtex")).toContainText("@");
  await expect(cite.getByTestId("cite-ris")).toContainText("TY  - DATA");
  const csl = JSON.parse(await cite.getByTestId("cite-csl").innerText()) as {
    URL: string;
    version: string;
  }[];
  expect(csl[0]?.version).toBe(release);
  const cited = new URL(csl[0]!.URL);
  await expect(text).toContainText(cited.href);
  expect(cited.pathname).toBe("/country/JP");
  expect(cited.searchParams.get("v")).toBe(release);
  // The cited address shows the same view: the same partner, the same ladder, from the same release.
  const ladder = await page.locator("main").innerText();
  await page.goto(`${cited.pathname}${cited.search}`);
  await expect(page.locator("h1")).toHaveText(heading);
  expect(await page.locator("main").innerText()).toBe(ladder);
});

test("without v, the citation names the release the page shows", async ({ page, request }) => {
  const { release } = (await (await request.get("/api/dataset")).json()) as { release: string };
  await page.goto("/country/JP");
  await page.getByTestId("cite").locator("summary").click();
  await expect(page.getByTestId("cite").getByTestId("cite-release")).toHaveText(release);
});

test("the explorer's citation spells out its date; Copy puts the text on the clipboard", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?tiers=strategic");
  await page.getByTestId("cite").locator("summary").click();
  const text = page.getByTestId("cite").getByTestId("cite-text");
  await expect(text).toContainText("tiers=strategic");
  await expect(text).toContainText("asOf=");
  await page.getByRole("button", { name: /Copy Text/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.innerText());
});

test("/data embeds schema.org Dataset JSON-LD without any CSP violation, shows how to cite, and links the reuse files", async ({
  page,
  request,
}) => {
  const violations = await watchCsp(page);
  await page.goto("/data");
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as Record<string, unknown> & { distribution: { contentUrl: string; encodingFormat: string }[] };
  expect(ld["@type"]).toBe("Dataset");
  for (const key of ["name", "description", "license", "version", "creator", "temporalCoverage"])
    expect(ld[key], key).toBeTruthy();
  expect(ld.distribution.length).toBeGreaterThan(3);
  for (const d of ld.distribution) {
    const response = await request.get(d.contentUrl);
    expect(response.status(), d.contentUrl).toBe(200);
    expect(response.headers()["content-type"]).toContain(d.encodingFormat);
  }
  await expect(page.locator("main").getByTestId("cite-bibtex")).toContainText("@");
  await expect(page.getByTestId("reuse").locator('a[href^="/api/dataset.zip"]')).toBeVisible();
  await page.getByTestId("api-reference").click();
  await expect(page.getByTestId("api-route").first()).toBeVisible();
  expect(await page.getByTestId("api-route").count()).toBeGreaterThan(15);
  expect(await violations()).toEqual([]);
});

test("pages announce the feeds, and the feeds answer", async ({ page, request }) => {
  for (const path of ["/", "/compare", "/country/JP", "/data", "/leader/to-lam"]) {
    await page.goto(path);
    for (const type of ["application/atom+xml", "application/feed+json"]) {
      const links = page.locator(`head link[rel="alternate"][type="${type}"]`);
      await expect(links.first(), `${path} ${type}`).toBeAttached();
      const href = await links.first().getAttribute("href");
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
    }
  }
  await page.goto("/country/JP");
  await expect(page.locator('head link[rel="alternate"][href*="/feeds/country/JP.atom"]')).toBeAttached();
  expect((await request.get("/feeds/country/ZZ.atom")).status()).toBe(404);
});
