import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outgoingEtag } from "./outgoing-headers";
import { installServerGuard } from "./server-guard";

const TAG = '"abc"';
let port = 0;
let server: http.Server;

/**
 * Stands in for Next: a bare trailing-slash redirect, and answers compressed the way its compression does
 * (Content-Encoding set inside its own writeHead wrapper, installed after the guard's).
 */
function nextLike(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = request.url ?? "/";
  if (url.length > 1 && url.endsWith("/")) {
    response.statusCode = 308;
    response.setHeader("Location", url.slice(0, -1));
    response.end();
    return;
  }
  const body = "x".repeat(2000);
  if (request.headers["if-none-match"]?.includes(TAG)) {
    response.writeHead(304, { ETag: TAG });
    response.end();
    return;
  }
  const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? ""));
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (gzip) this.setHeader("Content-Encoding", "gzip");
    return Reflect.apply(writeHead, this, args) as http.ServerResponse;
  } as typeof response.writeHead;
  response.writeHead(200, {
    ETag: TAG,
    "Content-Type": "text/plain",
    "Content-Security-Policy": "default-src 'none'",
  });
  response.end(gzip ? zlib.gzipSync(body) : body);
}

beforeAll(async () => {
  installServerGuard();
  server = http.createServer(nextLike);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

/** Sends raw bytes and reads the raw answer until the server closes or finishes it. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let answer = "";
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
      if (/\r\n\r\n/.test(answer) && /Content-Length: (\d+)/i.test(answer)) {
        const length = Number(/Content-Length: (\d+)/i.exec(answer)![1]);
        if (answer.length - answer.indexOf("\r\n\r\n") - 4 >= length) socket.end();
      }
    });
    socket.on("end", () => resolve(answer));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      })
      .on("error", reject);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe("the server guard", () => {
  it("answers CONNECT with a 405 naming the allowed methods, not an empty reply", async () => {
    const answer = await raw("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n");
    expect(statusOf(answer)).toBe(405);
    expect(answer).toMatch(/\r\nAllow: GET, HEAD\r\n/);
    expect(answer).toMatch(/\r\nContent-Security-Policy: /);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
  });

  it("answers an over-long address 414 and over-large headers 431, with the security headers", async () => {
    const long = "a".repeat(9000);
    const huge = "a".repeat(20_000);
    for (const [request, status] of [
      [`GET /?q=${long} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 414], // past our limit, within Node's
      [`GET /?q=${huge} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 414], // past Node's own limit
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${huge}\r\n\r\n`, 431],
      [`GET / HTTP/1.1\r\nHost: x\r\n${"X-Many: b\r\n".repeat(2500)}\r\n`, 431],
    ] as const) {
      const answer = await raw(request);
      expect(statusOf(answer), request.slice(0, 40)).toBe(status);
      expect(answer).toMatch(/\r\nContent-Security-Policy: /);
    }
    expect(
      statusOf(await raw(`GET /?q=${"a".repeat(2000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)),
    ).toBe(200);
  });

  it("gives a bare redirect the security headers, frameable only under /embed", async () => {
    const page = await get("/compare/");
    expect(page.status).toBe(308);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["referrer-policy"]).toBeTruthy();
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const embed = await get("/embed/");
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
  });

  it("never gives gzip and identity bodies the same strong ETag, and says they vary by encoding", async () => {
    const plain = await get("/data", { "accept-encoding": "identity" });
    const gzip = await get("/data", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers.etag).toBe(TAG);
    expect(gzip.headers.etag).toBe(`W/${TAG}`);
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    // The handler's own CSP is kept, not replaced.
    expect(gzip.headers["content-security-policy"]).toBe("default-src 'none'");
    // Revalidating the gzip copy: a 304 with the validator the client holds.
    const revalidated = await get("/data", { "accept-encoding": "gzip", "if-none-match": `W/${TAG}` });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(`W/${TAG}`);
    expect((await get("/data", { "if-none-match": TAG })).headers.etag).toBe(TAG);
  });
});

describe("outgoingEtag", () => {
  it("weakens a strong tag on an encoded body only, and leaves weak tags alone", () => {
    expect(outgoingEtag(TAG, 200, "br", null)).toBe(`W/${TAG}`);
    expect(outgoingEtag(TAG, 200, null, null)).toBe(TAG);
    expect(outgoingEtag(TAG, 200, "identity", null)).toBe(TAG);
    expect(outgoingEtag(`W/${TAG}`, 200, "gzip", null)).toBe(`W/${TAG}`);
    expect(outgoingEtag(TAG, 304, null, `"other", W/${TAG}`)).toBe(`W/${TAG}`);
  });
});
