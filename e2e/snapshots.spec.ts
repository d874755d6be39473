import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";
import { TIER_STYLE } from "../lib/render/palette";
import { SCENE_THEMES } from "../lib/scene/theme";
import { gifFrameDelays } from "../lib/testing/gif-frames";
import { captionBand, decodeGifFrames, decodePng, pictureProblems } from "../lib/testing/pixels";

/** What a reader must see in a light picture: not blank, every tier's colour, the caption drawn. */
const looksRight = (svg: string) => ({
  background: SCENE_THEMES.light.bg,
  colours: (["special", "comprehensive-strategic", "strategic", "comprehensive"] as const).map(
    (tier) => TIER_STYLE[tier].colour,
  ),
  caption: captionBand(svg),
});

/** A PNG's size from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectBadRequest(res: APIResponse, parameter: string) {
  expect(res.status()).toBe(400);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = (await res.json()) as { issues: { path: string }[] };
  expect(body.issues.map((i) => i.path)).toContain(parameter);
}

test("each preset is its own PNG size at scale 1", async ({ request }) => {
  const expected = {
    article: { width: 800, height: 600 },
    slide: { width: 1920, height: 1080 },
    square: { width: 1080, height: 1080 },
    social: { width: 1200, height: 630 },
  };
  for (const [preset, size] of Object.entries(expected)) {
    const res = await request.get(`/api/graph.png?asOf=2025-12-31&preset=${preset}&scale=1&theme=light`);
    expect(res.status(), preset).toBe(200);
    expect(pngSize(await res.body()), preset).toEqual(size);
    const svg = await (
      await request.get(`/api/graph.svg?asOf=2025-12-31&preset=${preset}&theme=light`)
    ).text();
    expect(svg, preset).toContain(`width="${size.width}" height="${size.height}"`);
    expect(pictureProblems(decodePng(await res.body()), looksRight(svg)), preset).toEqual([]);
  }
  const overridden = await request.get("/api/graph.png?asOf=2025-12-31&preset=social&width=600&scale=1");
  expect(pngSize(await overridden.body()).width).toBe(600);
});

test("an author's title and subtitle are drawn as text, never as markup; bad ones are a 400", async ({
  request,
}) => {
  const title = '<script>alert(1)</script> & "partners"';
  const svg = await (
    await request.get(
      `/api/graph.svg?asOf=2025-12-31&title=${encodeURIComponent(title)}&subtitle=${encodeURIComponent("<i>2025</i>")}`,
    )
  ).text();
  expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;partners&quot;");
  expect(svg).toContain("&lt;i&gt;2025&lt;/i&gt;");
  expect(svg).not.toContain("<script");
  expect(svg).not.toContain("<i>");
  for (const path of ["/api/graph.svg", "/api/graph.png", "/api/graph.gif", "/embed"]) {
    await expectBadRequest(await request.get(`${path}?title=${"x".repeat(121)}`), "title");
    await expectBadRequest(await request.get(`${path}?subtitle=line%0Abreak`), "subtitle");
    await expectBadRequest(await request.get(`${path}?preset=poster`), "preset");
  }
});

test("the GIF of 2010–2025 has a frame for every year, the same bytes twice, and an ETag", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const url = "/api/graph.gif?from=2010-01-01&to=2025-12-31&preset=social";
  const first = await request.get(url, { timeout: 200_000 });
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("image/gif");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^".+"$/);
  const bytes = await first.body();
  expect(bytes.subarray(0, 6).toString("latin1")).toBe("GIF89a");
  expect(gifFrameDelays(bytes).length).toBeGreaterThanOrEqual(16);
  // Every frame, as a reader sees it after the ones before: not blank, every tier's colour, its caption.
  const svg = await (await request.get("/api/graph.svg?asOf=2025-12-31&preset=social")).text();
  const frames = decodeGifFrames(bytes);
  expect(frames).toHaveLength(gifFrameDelays(bytes).length);
  expect(frames.map((frame) => pictureProblems(frame, looksRight(svg)))).toEqual(frames.map(() => []));
  const second = await request.get(url);
  expect(second.headers()["etag"]).toBe(etag);
  expect(Buffer.compare(await second.body(), bytes)).toBe(0);
  expect((await request.get(url, { headers: { "If-None-Match": etag ?? "" } })).status()).toBe(304);
  await expectBadRequest(await request.get("/api/graph.gif?from=2025-01-01&to=2010-01-01"), "from");
  await expectBadRequest(await request.get("/api/graph.gif?from=2010-02-30"), "from");
  await expectBadRequest(await request.get("/api/graph.gif?to=2999-01-01"), "to");
  // Frames past the slide preset's pixels would hold the renderer for minutes.
  await expectBadRequest(await request.get("/api/graph.gif?width=2000&height=2000"), "width");
});

test("the comparison embed shows both dates and what changed, framed by another site", async ({
  page,
  request,
  baseURL,
}) => {
  const src = `${baseURL}/embed?a=2022-01-01&b=2025-12-31`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><iframe data-bamboo-embed src="${src}" title="comparison" width="420" height="200"></iframe><p id="log"></p>` +
        `<script>addEventListener("message", (e) => { if (e.data && e.data["bamboo-height"]) document.getElementById("log").textContent = String(e.data["bamboo-height"]); });</script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const frame = page.frameLocator("iframe[data-bamboo-embed]");
    await expect(frame.locator("figure[data-date='2022-01-01'] svg")).toBeVisible();
    await expect(frame.locator("figure[data-date='2025-12-31'] svg")).toBeVisible();
    await expect(frame.locator("figure[data-date='2022-01-01'] g.node[data-key=US]")).toHaveAttribute(
      "data-tier",
      "comprehensive",
    );
    await expect(frame.locator("figure[data-date='2025-12-31'] g.node[data-key=US]")).toHaveAttribute(
      "data-tier",
      "comprehensive-strategic",
    );
    await expect(frame.getByTestId("compare-changes").locator("li[data-key=US]")).toBeVisible();
    // A step inside a tier (China, 2023) is said as such, never as "tier → the same tier".
    const items = await frame.getByTestId("compare-changes").locator("li").all();
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const text = (await item.textContent()) ?? "";
      const arrow = /: (.+) → (.+), /.exec(text);
      expect(arrow && arrow[1] === arrow[2], text).toBeFalsy();
    }
    await expect(frame.locator("li[data-key=CN][data-within-tier]")).toContainText("Step within the tier");
    // A 420px frame stacks the two pictures.
    const [boxA, boxB] = await Promise.all([
      frame.locator("figure[data-date='2022-01-01']").boundingBox(),
      frame.locator("figure[data-date='2025-12-31']").boundingBox(),
    ]);
    expect(boxB!.y).toBeGreaterThan(boxA!.y + boxA!.height - 1);
    await expect(page.locator("#log")).toHaveText(/^\d{3,}$/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(src)}`);
  expect(oembed.status()).toBe(200);
  const body = (await oembed.json()) as { html: string; title: string };
  expect(body.html).toContain("a=2022-01-01&amp;b=2025-12-31");
  expect(body.title).toContain("2025");
});

test("the share panel previews what it shares, and every download answers", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/?asOf=2024-03-10");
  await page.getByTestId("share-open").click();
  const preview = page.getByTestId("share-preview");
  await expect(preview.locator("iframe")).toHaveAttribute("src", /^\/embed\?asOf=2024-03-10/);

  await page.getByLabel("Picture", { exact: true }).check();
  await page.getByTestId("share-preset").selectOption("slide");
  await page.getByTestId("share-title").fill("Partners <2024>");
  const img = preview.locator("img");
  await expect(img).toHaveAttribute("src", /preset=slide/);
  await expect(img).toHaveAttribute("src", /title=Partners\+%3C2024%3E/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1920);
  await expect(page.getByTestId("embed-code")).toHaveValue(
    /<img src="http[^"]+\/api\/graph\.png\?[^"]*preset=slide/,
  );

  const expectDownload = async (id: string, type: string) => {
    const href = await page.getByTestId(`download-${id}`).getAttribute("href");
    const res = await page.request.get(href!, { timeout: 200_000 });
    expect(res.status(), id).toBe(200);
    expect(res.headers()["content-type"], id).toContain(type);
  };
  await expectDownload("svg", "image/svg+xml");
  await expectDownload("png", "image/png");

  await page.getByLabel("Animation (GIF)").check();
  await page.getByTestId("share-from").fill("2023-01-01");
  await expect(img).toHaveAttribute("src", /^\/api\/graph\.gif\?from=2023-01-01&to=2024-03-10/);
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 120_000 })
    .toBe(1920);
  await expectDownload("gif", "image/gif");

  await page.getByLabel("Data", { exact: true }).check();
  await expect(preview).toHaveCount(0);
  for (const [id, type] of [
    ["json", "application/json"],
    ["gexf", "xml"],
    ["graphml", "xml"],
    ["csv", "text/csv"],
  ] as const)
    await expectDownload(id, type);
});
