import { expect, test } from "@playwright/test";
import { drawnNodeCount, hostPage } from "./helpers";

test("another origin frames /embed; it renders and reports its height through the share panel's code", async ({
  page,
  baseURL,
}) => {
  await page.goto("/?asOf=2024-03-10&tiers=special,comprehensive-strategic");
  await drawnNodeCount(page);
  await page.getByTestId("share-open").click();
  const code = await page.getByTestId("embed-code").inputValue();
  expect(code).toContain(`${baseURL}/embed?asOf=2024-03-10`);
  expect(code).toContain("title=");
  const host = await hostPage(`${code.replace('height="620"', 'height="50"')}<p id="log"></p>
    <script>window.addEventListener("message", (e) => { if (e.data && e.data["bamboo-height"]) document.getElementById("log").textContent = String(e.data["bamboo-height"]); });</script>`);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe[data-bamboo-embed]");
    await expect(frame.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    await expect(frame.getByTestId("graph-canvas")).toHaveAttribute("data-node-count", "11"); // VN + 3 special + 7 CSP
    await expect(page.locator("#log")).toHaveText(/^\d{3,}$/);
    const reported = Number(await page.locator("#log").textContent());
    await expect
      .poll(async () =>
        Math.round((await page.locator("iframe[data-bamboo-embed]").boundingBox())?.height ?? 0),
      )
      .toBe(reported);
    await expect(frame.getByRole("link", { name: /Bamboo/ })).toHaveAttribute("href", /asOf=2024-03-10/);
  } finally {
    await host.close();
  }
});

test("framing the explorer from another origin is refused", async ({ page, baseURL }) => {
  const host = await hostPage(`<iframe id="f" src="${baseURL}/" title="explorer"></iframe>`);
  try {
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${baseURL}/`),
      page.goto(host.url),
    ]);
    // The page was sent, with its refusal to be framed: the browser must show its error page instead.
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f.parentFrame() === page.mainFrame())
            ?.url() ?? "",
        {
          timeout: 30_000,
        },
      )
      .toMatch(/^chrome-error:/);
    await expect(page.frameLocator("#f").getByTestId("graph-canvas")).toHaveCount(0);
  } finally {
    await host.close();
  }
});

test("oEmbed answers a rich iframe of /embed for the same view, and pages advertise it", async ({
  page,
  request,
  baseURL,
}) => {
  const view = `${baseURL}/?asOf=2024-03-10&tiers=strategic`;
  const res = await request.get(`/api/oembed?format=json&maxwidth=640&url=${encodeURIComponent(view)}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { type: string; version: string; html: string; width: number };
  expect(body).toMatchObject({ type: "rich", version: "1.0", width: 640 });
  expect(body.html).toContain(`src="${baseURL}/embed?asOf=2024-03-10&amp;tiers=strategic&amp;lang=en"`);
  expect(
    (await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/")}`)).status(),
  ).toBe(404);
  expect((await request.get("/api/oembed")).status()).toBe(400);
  await page.goto("/?asOf=2024-03-10");
  const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
  expect(discovery).toContain("/api/oembed");
  const preview = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(preview).toContain("/api/graph.png?asOf=2024-03-10");
  const image = await request.get(preview!.replace(/^https?:\/\/[^/]+/, ""));
  expect(image.headers()["content-type"]).toBe("image/png");
});

test("images and exports: same request, same bytes and ETag; another date, another ETag", async ({
  request,
}) => {
  for (const path of [
    "/api/graph.svg?asOf=2024-03-10",
    "/api/graph.png?asOf=2024-03-10&width=600&height=400&scale=2",
    "/api/graph?asOf=2024-03-10&format=gexf",
  ]) {
    const a = await request.get(path);
    const b = await request.get(path);
    expect(a.status(), path).toBe(200);
    expect(Buffer.compare(await a.body(), await b.body()), path).toBe(0);
    expect(a.headers().etag).toBe(b.headers().etag);
    expect(a.headers()["cache-control"]).toContain("s-maxage");
    const other = await request.get(path.replace("2024-03-10", "2024-03-01"));
    expect(other.headers().etag).not.toBe(a.headers().etag);
    const notModified = await request.get(path, { headers: { "If-None-Match": a.headers().etag! } });
    expect(notModified.status()).toBe(304);
  }
  const csv = await request.get("/api/graph?asOf=2024-03-10&format=csv");
  expect(csv.headers()["content-disposition"]).toBe(
    'attachment; filename="bamboo-vietnam-partners-2024-03-10.csv"',
  );
  const png = await request.get("/api/graph.png?asOf=2024-03-10&width=600&height=400&scale=2");
  const bytes = await png.body();
  expect(bytes.readUInt32BE(16)).toBe(1200);
  expect((await request.get("/api/graph.png?scale=5")).status()).toBe(400);
  const svg = await (await request.get("/api/graph.svg?asOf=2024-03-10&lang=vi")).text();
  expect(svg).toContain("Hàn Quốc");
});

test("only /embed may be framed", async ({ request }) => {
  const embed = (await request.get("/embed")).headers()["content-security-policy"] ?? "";
  expect(embed).toContain("frame-ancestors *");
});

test("/embed is one cacheable document: shared-cache headers, ETag, a hashed CSP, no framework script", async ({
  page,
  request,
}) => {
  const path = "/embed?asOf=2024-03-10&tiers=special&lang=en";
  const a = await request.get(path);
  const b = await request.get(path, { headers: { "Accept-Language": "vi" } });
  expect(a.status()).toBe(200);
  expect(a.headers()["cache-control"]).toContain("s-maxage");
  expect(a.headers().etag).toBeTruthy();
  // A header a client controls never shapes the answer a cache keeps.
  expect(b.headers().etag).toBe(a.headers().etag);
  expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
  const csp = a.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).not.toContain("nonce-");
  expect(b.headers()["content-security-policy"]).toBe(csp);
  expect((await request.get(path, { headers: { "If-None-Match": a.headers().etag! } })).status()).toBe(304);
  const other = await request.get("/embed?asOf=2024-03-01&tiers=special&lang=en");
  expect(other.headers().etag).not.toBe(a.headers().etag);

  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(path);
  const figure = page.getByTestId("graph-canvas");
  await expect(figure).toHaveAttribute("data-ready", "true");
  expect(scripts).toEqual([]);
  // VN and the three special partners, each mark inside an element carrying its key.
  await expect(figure).toHaveAttribute("data-node-count", "4");
  // Drawn at several widths, one shown: its marks are the ones a reader sees.
  await expect(figure.locator("svg:visible [data-key]")).toHaveCount(4);
  await expect(figure.locator('svg:visible [data-key="LA"] title')).toHaveText("Laos: Special relations");
  await figure.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("status")).toHaveText(/: Special relations$/);
  await expect(figure.locator("svg:visible [data-key].focused")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status")).toHaveText("");
});
