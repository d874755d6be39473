import { expect, test } from "@playwright/test";
import { contentReady, drawnNodeCount } from "./helpers";

const BASELINE = "2026.12.03";

test("a view pinned to a release reads that release's data, in the page and in every request it makes", async ({
  page,
}) => {
  const payloads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/explorer-payload") || r.url().includes("/api/country/"))
      payloads.push(r.url());
  });
  await page.goto(`/?asOf=2020-01-01&focus=JP&v=${BASELINE}`);
  await contentReady(page);
  expect(await drawnNodeCount(page)).toBeGreaterThan(150);
  await expect(page.locator('#country-table tbody tr[data-key="JP"]')).toHaveCount(1);
  await expect
    .poll(() => payloads.filter((u) => u.includes(`v=${BASELINE}`)).length)
    .toBeGreaterThanOrEqual(2);
  expect(payloads.filter((u) => u.includes("/api/country/JP"))).toEqual(
    expect.arrayContaining([expect.stringContaining(`v=${BASELINE}`)]),
  );
});

test("an unknown release is a 404, for pages and the API, with the JSON error for API clients", async ({
  request,
  page,
}) => {
  for (const path of [
    "/api/graph?v=1999.01.01",
    "/api/graph.svg?v=1999.01.01",
    "/country/JP?v=nope",
    "/?v=2000.01.01",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    const body = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(body.issues[0]?.path, path).toBe("v");
  }
  const response = await page.goto("/data?v=1999.01.01");
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).toContainText("no release");
});

test("/data lists the releases with their changelogs, and a pinned picture is immutable", async ({
  page,
  request,
}) => {
  await page.goto("/data");
  const releases = page.getByTestId("releases");
  await expect(releases.locator(`li[data-version="${BASELINE}"]`)).toHaveCount(1);
  await expect(page.getByTestId("release-shown")).toContainText(/release \d{4}\.\d{2}\.\d{2}/);
  const svg = await request.get(`/api/graph.svg?asOf=2016-08-23&v=${BASELINE}`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const again = await request.get(`/api/graph.svg?asOf=2016-08-23&v=${BASELINE}`, {
    headers: { "if-none-match": svg.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);
});
