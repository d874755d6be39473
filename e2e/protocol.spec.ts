import http from "node:http";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { hostPage } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3210);

/** A request as sent, through Node's client (no decompression, no URL normalising): status, headers, bytes. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port: PORT, path, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on("error", reject);
    },
  );
}

/** Raw bytes in, the raw answer out (until the server closes the connection). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1", () => socket.write(request));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

test("JSON, GEXF and GraphML: the same bytes and the same ETag whatever Accept-Language says", async () => {
  for (const format of ["json", "gexf", "graphml"]) {
    const path = `/api/graph?asOf=2024-03-10&format=${format}`;
    const en = await get(path, { "accept-language": "en" });
    const vi = await get(path, { "accept-language": "vi" });
    expect(en.status, path).toBe(200);
    expect(vi.body.equals(en.body), path).toBe(true);
    expect(vi.headers.etag, path).toBe(en.headers.etag);
    expect(en.headers.vary ?? "", path).not.toContain("Accept-Language");
  }
});

test("gzip and identity bodies never share a strong ETag; the gzip one revalidates", async () => {
  for (const path of [
    "/api/graph?asOf=2024-03-10&format=json",
    "/?asOf=2024-03-10",
    "/embed?asOf=2024-03-10",
  ]) {
    const plain = await get(path);
    const gzip = await get(path, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"], path).toBe("gzip");
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    expect(gzip.headers.etag, path).toBeTruthy();
    expect(gzip.headers.etag, path).not.toBe(plain.headers.etag);
    expect(gzip.headers.vary, path).toContain("Accept-Encoding");
    const again = await get(path, { "accept-encoding": "gzip", "if-none-match": gzip.headers.etag! });
    expect(again.status, path).toBe(304);
    expect(again.headers.etag, path).toBe(gzip.headers.etag);
  }
});

test("trailing-slash redirects carry the security headers", async () => {
  for (const path of ["/compare/", "/data/", "/api/graph/"]) {
    const res = await get(path);
    expect(res.status, path).toBe(308);
    expect(res.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers["referrer-policy"], path).toBeTruthy();
  }
});

test("an embed's error pages may be framed, so the host shows the error", async ({ page }) => {
  for (const [path, accept, status] of [
    ["/embed?asOf=not-a-date", "text/html", 400],
    ["/embed?asOf=not-a-date", "application/json", 400],
    ["/embed/nothing-here", "text/html", 404],
  ] as const) {
    const res = await get(path, { accept });
    expect(res.status, path).toBe(status);
    expect(res.headers["content-security-policy"], `${path} ${accept}`).toContain("frame-ancestors *");
  }
  // In a frame on another origin, Chromium shows the error page rather than refusing the frame.
  const host = await hostPage(
    `<iframe src="http://127.0.0.1:${PORT}/embed?asOf=not-a-date" title="embed"></iframe>`,
  );
  await page.goto(host.url);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("bad-query-error")).toBeVisible();
  await host.close();
});

test("/ and /compare isolate their window like every page", async () => {
  for (const path of ["/", "/?asOf=2024-03-10", "/compare"])
    expect((await get(path)).headers["cross-origin-opener-policy"], path).toBe("same-origin");
});

test("CONNECT is a 405 naming the allowed methods; a long address is a 414, large headers a 431", async () => {
  const connect = await raw(`CONNECT 127.0.0.1:${PORT} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n\r\n`);
  expect(statusOf(connect)).toBe(405);
  expect(connect).toMatch(/\r\nAllow: GET, HEAD\r\n/);
  expect(connect).toMatch(/\r\nContent-Security-Policy: /);
  for (const length of [9_000, 40_000]) {
    const res = await raw(`GET /?q=${"a".repeat(length)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(statusOf(res), `${length}`).toBe(414);
    expect(res).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
  }
  const big = await raw(
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(40_000)}\r\nConnection: close\r\n\r\n`,
  );
  expect(statusOf(big)).toBe(431);
  expect(big).toMatch(/\r\nContent-Security-Policy: /);
});
