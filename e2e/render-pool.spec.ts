import { expect, test, type APIResponse } from "@playwright/test";

/**
 * The server renders at most 1 picture at once with 2 waiting (BAMBOO_RENDER_WORKERS/QUEUE defaults,
 * which the e2e server keeps): past that a new PNG or GIF is refused with 503 rather than queued.
 */
const POOL_CAPACITY = 3;
/** Distinct days (in a year no other test draws), so no answer can come from a cache. */
const PNGS = [10, 11, 12, 13].map((d) => `/api/graph.png?asOf=1979-02-${d}&width=4000&height=4000`);
const GIFS = [10, 11, 12, 13].map(
  (d) => `/api/graph.gif?from=1979-03-01&to=1979-03-${d}&width=2000&height=2000`,
);

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
  expect(PNGS.length).toBeGreaterThan(POOL_CAPACITY);
  expect(GIFS.length).toBeGreaterThan(POOL_CAPACITY);
  // Every request is sent before any of them is awaited: more of each kind than the pool can hold.
  const renders = [...PNGS, ...GIFS].map((path) => request.get(path, { timeout: 150_000 }));
  const country = await request.get("/api/country/AU");
  expect(country.status()).toBe(200);
  expect((await country.json()).key).toBe("AU");
  const answers = await Promise.all(renders);
  for (const [i, res] of answers.entries()) {
    const isPng = i < PNGS.length;
    await expectBusyOrPicture(
      res,
      (isPng ? PNGS : GIFS)[i % PNGS.length]!,
      isPng ? "image/png" : "image/gif",
    );
  }
  const busy = (from: number, to: number) => answers.slice(from, to).filter((r) => r.status() === 503).length;
  // The pool holds at most POOL_CAPACITY renders, so at least one request of each kind was turned away.
  expect(busy(0, PNGS.length), "PNGs refused").toBeGreaterThan(0);
  expect(busy(PNGS.length, answers.length), "GIFs refused").toBeGreaterThan(0);
  // A refusal is not remembered: once the pool is free, a refused picture renders.
  const refusedGif = GIFS[answers.slice(PNGS.length).findIndex((r) => r.status() === 503)]!;
  const retried = await request.get(refusedGif, { timeout: 150_000 });
  expect(retried.status()).toBe(200);
  expect((await retried.body()).subarray(0, 6).toString("latin1")).toBe("GIF89a");
});
