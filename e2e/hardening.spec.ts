import { expect, test, type APIResponse } from "@playwright/test";
import { spawn } from "node:child_process";
import http from "node:http";

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["content-security-policy"], what).toBeTruthy();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBeTruthy();
}

test("methods other than GET and HEAD answer 405 with Allow on pages and API routes", async ({ request }) => {
  for (const path of ["/", "/country/AU", "/embed", "/api/graph", "/api/graph.png", "/api/oembed", "/nope"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers().allow, `${method} ${path}`).toBe("GET, HEAD");
      expectSecurityHeaders(res, `${method} ${path}`);
    }
    expect((await request.head(path)).status(), `HEAD ${path}`).not.toBe(405);
  }
});

test("paths that are not valid percent-encoding answer 400, never 500, with the security headers", async ({
  request,
}) => {
  for (const path of ["/api/country/%C3", "/api/country/%", "/country/%ZZ", "/country/%C3%28", "/%E0%A4%A"]) {
    const res = await request.get(path);
    expect([400, 404], path).toContain(res.status());
    expectSecurityHeaders(res, path);
  }
});

const INJECTION = {
  "X-Forwarded-Proto": "https://evil.example/x?",
  "X-Forwarded-Host": "evil.example",
};

test("forged X-Forwarded-* headers leave no trace, and never strip titles or Open Graph tags", async ({
  page,
  request,
  baseURL,
}) => {
  const view = `${baseURL}/?asOf=2024-03-10`;
  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(view)}`, { headers: INJECTION });
  expect(oembed.status()).toBe(200);
  const answer = await oembed.text();
  expect(answer).not.toContain("evil.example");
  expect(JSON.parse(answer)).toMatchObject({ provider_url: baseURL });
  // Every page but the embed (noindex, no preview) keeps its link preview.
  for (const [path, preview] of [
    ["/?asOf=2024-03-10", true],
    ["/country/AU", true],
    ["/compare", true],
    ["/data", true],
    ["/embed", false],
  ] as const) {
    const html = await (await request.get(path, { headers: INJECTION })).text();
    expect(html.includes("evil.example"), path).toBe(false);
    expect(/<title>[^<]+<\/title>/.test(html), path).toBe(true);
    expect(html.includes('property="og:image"'), path).toBe(preview);
  }
  await page.setExtraHTTPHeaders(INJECTION);
  await page.goto("/?asOf=2024-03-10");
  // The canonical view URL (the explorer's cacheable head names the language explicitly).
  const escaped = view.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    "content",
    new RegExp(`^${escaped}(&lang=en)?$`),
  );
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Bamboo");
  const description = (await page.locator('meta[property="og:description"]').getAttribute("content")) ?? "";
  expect(description.length).toBeLessThanOrEqual(200);
  // Cut at a word: what precedes the ellipsis is a whole word of the full alt text.
  expect(description).toMatch(/[\p{L}\p{N})]…$/u);
});

test("oEmbed follows the spec: 501 for xml, sizes within maxwidth/maxheight, thumbnails of the size they say", async ({
  request,
  baseURL,
}) => {
  const url = encodeURIComponent(`${baseURL}/?asOf=2024-03-10`);
  expect((await request.get(`/api/oembed?url=${url}&format=xml`)).status()).toBe(501);
  const small = await (await request.get(`/api/oembed?url=${url}&maxwidth=150&maxheight=150`)).json();
  expect(small.width).toBeLessThanOrEqual(150);
  expect(small.height).toBeLessThanOrEqual(150);
  expect(small.thumbnail_url).toBeUndefined(); // no thumbnail fits: none is offered
  for (const query of ["", "&maxwidth=450&maxheight=500", "&maxwidth=1000&maxheight=260"]) {
    const body = await (await request.get(`/api/oembed?url=${url}${query}`)).json();
    expect(body.thumbnail_width).toBeLessThanOrEqual(body.width);
    expect(body.thumbnail_height).toBeLessThanOrEqual(body.height);
    const png = await (await request.get(body.thumbnail_url.replace(baseURL, ""))).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], query).toEqual([
      body.thumbnail_width,
      body.thumbnail_height,
    ]);
  }
});

test("oEmbed discovery only on pages oEmbed answers for, and each advertised link answers", async ({
  request,
}) => {
  for (const path of ["/?asOf=2024-03-10", "/embed", "/country/AU", "/compare", "/data"]) {
    const html = await (await request.get(path)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    if (path.startsWith("/country") || path === "/compare" || path === "/data") {
      expect(href, path).toBeUndefined();
      continue;
    }
    expect(href, path).toBeTruthy();
    const link = new URL(href!.replace(/&amp;/g, "&"));
    expect((await request.get(`${link.pathname}${link.search}`)).status(), path).toBe(200);
  }
});

test("ETags compare weakly and * matches; pages isolate their window, images may be shown anywhere", async ({
  request,
}) => {
  for (const path of [
    "/api/graph.png?asOf=2024-03-10&width=600&height=400",
    "/api/graph.gif?from=2023-01-01&to=2023-12-31&preset=article",
    "/api/graph?format=csv",
    "/api/country/AU",
  ]) {
    const etag = (await request.get(path, { headers: { "Accept-Encoding": "identity" } })).headers().etag!;
    expect(etag, path).toMatch(/^"/);
    expect((await request.get(path, { headers: { "If-None-Match": `W/${etag}` } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-None-Match": "*" } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-None-Match": '"other"' } })).status(), path).toBe(200);
  }
  expect((await request.get("/country/AU")).headers()["cross-origin-opener-policy"]).toBe("same-origin");
  for (const picture of [
    "/api/graph.png?asOf=2024-03-10&width=600&height=400",
    "/api/graph.gif?from=2023-01-01&to=2023-12-31&preset=article",
  ]) {
    expect((await request.get(picture)).headers()["cross-origin-resource-policy"], picture).toBe(
      "cross-origin",
    );
  }
});

test("answers that follow Accept-Language say so in Vary; with lang in the query they do not depend on it", async ({
  request,
}) => {
  const en = await request.get("/api/graph?asOf=2024-03-10&format=csv", {
    headers: { "Accept-Language": "en" },
  });
  const vi = await request.get("/api/graph?asOf=2024-03-10&format=csv", {
    headers: { "Accept-Language": "vi" },
  });
  expect(en.headers().vary).toContain("Accept-Language");
  expect(en.headers().etag).not.toBe(vi.headers().etag);
  const fixed = await request.get("/api/graph?asOf=2024-03-10&format=csv&lang=vi", {
    headers: { "Accept-Language": "en" },
  });
  expect(fixed.headers().etag).toBe(vi.headers().etag);
  expect(fixed.headers().vary ?? "").not.toContain("Accept-Language");
  for (const picture of [
    "/api/graph.png?asOf=2024-03-10&width=600&height=400",
    "/api/graph.gif?from=2023-01-01&to=2023-12-31&preset=article",
  ]) {
    expect((await request.get(picture)).headers().vary, picture).toContain("Accept-Language");
  }
});

/** The status a TRACE request gets (fetch refuses to send TRACE), or 0 while nothing listens. */
function traceStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/api/graph", method: "TRACE" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.end();
  });
}

test("a freshly started server answers TRACE with 405 from its very first request", async () => {
  // Next.js runs its instrumentation hook only while handling the first request, too late for that request:
  // the guard is preloaded instead (scripts/serve.mjs, the Dockerfile). Start one and race it.
  const port = Number(process.env.E2E_PORT ?? 3210) + 7;
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    let status = 0;
    for (let attempt = 0; attempt < 2000 && status === 0; attempt++) {
      status = await traceStatus(port);
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(status).toBe(405);
  } finally {
    server.kill();
  }
});
