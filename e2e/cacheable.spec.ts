import { expect, test, type Page } from "@playwright/test";
import { drawnNodeCount } from "./helpers";

/** Pages a shared cache (a CDN, the nginx stack in deploy/) may keep: the same bytes for every client. */
for (const path of [
  "/?asOf=2024-03-10&tiers=strategic",
  "/embed?asOf=2024-03-10&tiers=strategic",
  "/compare?a=2023-03-10&b=2024-03-10&tiers=strategic",
]) {
  test(`${path.split("?")[0]} is shared-cacheable under a CSP without nonce or inline-script allowance`, async ({
    request,
  }) => {
    // Uncompressed, so the validator is the strong one (a gzip body's is its weak form, e2e/protocol.spec.ts).
    const a = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
    const b = await request.get(path, {
      headers: { "Accept-Encoding": "identity", "Accept-Language": "vi", "X-Forwarded-Host": "evil.example" },
    });
    expect(a.status()).toBe(200);
    expect(a.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
    expect(a.headers().etag).toMatch(/^"[^"]+"$/);
    // Headers a client controls change neither the bytes nor the ETag.
    expect(b.headers().etag).toBe(a.headers().etag);
    expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
    const csp = a.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(csp).not.toContain("nonce-");
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
    expect(b.headers()["content-security-policy"]).toBe(csp);
    expect((await request.get(path, { headers: { "If-None-Match": a.headers().etag! } })).status()).toBe(304);
    const other = await request.get(path.replace("2024-03-10", "2023-06-10"));
    expect(other.headers().etag).not.toBe(a.headers().etag);
  });
}

/** Console messages about the page's Content Security Policy: there must be none. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("/ runs under its hashed CSP: the cached shell draws the view its URL names, and previews name it too", async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto("/?asOf=2024-03-10&tiers=special&lang=vi");
  expect(await drawnNodeCount(page)).toBe(4); // VN and the three special partners
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /\/api\/graph\.png\?asOf=2024-03-10&tiers=special&lang=vi/,
  );
  expect(violations).toEqual([]);
});

test("/compare runs under its hashed CSP: the cached shell compares the dates its URL names", async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto("/compare?a=2023-01-01&b=2024-12-31&lang=vi");
  // Both canvases, loaded once the page is idle (app/components/on-demand.ts).
  await expect(page.locator("[data-testid=graph-canvas][data-ready=true]")).toHaveCount(2, {
    timeout: 30_000,
  });
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/compare\?a=2023-01-01&b=2024-12-31&lang=vi$/,
  );
  expect(violations).toEqual([]);
});

test("each shell is served only at its page's address", async ({ request }) => {
  expect((await request.get("/explorer-shell")).status()).toBe(404);
  expect((await request.get("/compare-shell")).status()).toBe(404);
});
