import { expect, test, type APIResponse } from "@playwright/test";

/**
 * The server renders at most 1 picture at once with 2 waiting (BAMBOO_RENDER_WORKERS/QUEUE defaults,
 * which the e2e server keeps): past that a new PNG or GIF is refused with 503 rather than queued.
 */
const POOL_CAPACITY = 3;
/**
 * Days in 1979-1980, which no other test draws, distinct for every run against one server (repeats,
 * retries), so no answer can come from a cache.
 */
function freshDays(run: number, count: number): string[] {
  const start = Date.UTC(1979, 0, 1) + run * count * 86_400_000;
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

async function expectBusyOrPicture(res: APIResponse, path: string, type: string) {
  expect([200, 503], path).toContain(res.status());
  if (res.status() === 200) {
    expect(res.headers()["content-type"], path).toBe(type);
    return;
  }
  expect(res.headers()["retry-after"], path).toMatch(/^\d+$/);
  expect(res.headers()["content-type"], path).toContain("application/json");
  expect(res.headers()["cache-control"], path).toBe("no-store");
  const body = await res.json();
  expect(typeof body.error, path).toBe("string");
  expect(body.issues.length, path).toBeGreaterThan(0);
}

test("PNGs and GIFs share one render bound: past it both answer 503 with Retry-After, other routes keep answering", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const { retry, repeatEachIndex } = test.info();
  const days = freshDays(retry * 50 + repeatEachIndex, 8);
  const pngs = days.slice(0, 4).map((day) => `/api/graph.png?asOf=${day}&width=4000&height=4000`);
  // A GIF from the first of its year to `day`: a few frames at the largest preset.
  const gifs = days
    .slice(4)
    .map((day) => `/api/graph.gif?from=${day.slice(0, 4)}-01-01&to=${day}&preset=slide`);
  expect(pngs.length).toBeGreaterThan(POOL_CAPACITY);
  expect(gifs.length).toBeGreaterThan(POOL_CAPACITY);
  // Every request is sent before any of them is awaited: more of each kind than the pool can hold.
  const paths = [...pngs, ...gifs];
  const renders = paths.map((path) => request.get(path, { timeout: 150_000 }));
  const country = await request.get("/api/country/AU");
  expect(country.status()).toBe(200);
  expect((await country.json()).key).toBe("AU");
  const answers = await Promise.all(renders);
  for (const [i, res] of answers.entries())
    await expectBusyOrPicture(res, paths[i]!, i < pngs.length ? "image/png" : "image/gif");
  const busy = (from: number, to: number) => answers.slice(from, to).filter((r) => r.status() === 503).length;
  // The pool holds at most POOL_CAPACITY renders, so at least one request of each kind was turned away.
  expect(busy(0, pngs.length), "PNGs refused").toBeGreaterThan(0);
  expect(busy(pngs.length, answers.length), "GIFs refused").toBeGreaterThan(0);
  // A refusal is not remembered: once the pool is free, a refused picture renders.
  const refusedGif = gifs[answers.slice(pngs.length).findIndex((r) => r.status() === 503)]!;
  const retried = await request.get(refusedGif, { timeout: 150_000 });
  expect(retried.status()).toBe(200);
  expect((await retried.body()).subarray(0, 6).toString("latin1")).toBe("GIF89a");
});
