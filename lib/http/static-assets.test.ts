import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATIC_CSP } from "./security";
import { precompressedAssets } from "./static-assets";

const SCRIPT = `console.log(${JSON.stringify("x".repeat(2000))});`;
let port = 0;
let server: http.Server;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-static-"));
  fs.mkdirSync(path.join(dir, "chunks"));
  const file = path.join(dir, "chunks", "app.js");
  fs.writeFileSync(file, SCRIPT);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(SCRIPT));
  const assets = precompressedAssets(dir);
  // What Next would answer for anything the handler leaves alone.
  server = http.createServer((request, response) => {
    if (!assets(request, response)) response.end(`next: ${request.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

/** A raw request with its path as written (no URL normalising), seeing bytes and headers as sent. */
function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .request({ host: "127.0.0.1", port, path: url, headers, method }, (response) => {
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
        .on("error", reject)
        .end();
    },
  );
}

describe("precompressedAssets", () => {
  it("sends the Brotli copy to a client that takes it, gzip to one that takes only gzip, else the file", async () => {
    const br = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get("/_next/static/chunks/app.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    for (const answer of [br, gz, plain]) {
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(answer.headers["content-type"]).toMatch(/javascript/);
      expect(answer.headers["cache-control"]).toBe("public,max-age=31536000,immutable");
      expect(answer.headers["content-security-policy"]).toBe(STATIC_CSP);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("answers a matching If-None-Match with 304, still with the security headers", async () => {
    const first = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    const again = await get("/_next/static/chunks/app.js", {
      "accept-encoding": "br",
      "if-none-match": String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["content-security-policy"]).toBe(STATIC_CSP);
  });

  it("leaves unknown files, other paths, other methods and paths out of its folder to Next", async () => {
    for (const url of ["/_next/static/chunks/missing.js", "/_next/static/../app.js", "/chunks/app.js", "/"])
      expect((await get(url)).body.toString()).toBe(`next: ${url}`);
    expect((await get("/_next/static/chunks/app.js", {}, "POST")).body.toString()).toBe(
      "next: /_next/static/chunks/app.js",
    );
  });
});
