import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { waitUntilUp } from "../scripts/wait-until-up";

/** Every kind of answer that reads a file at run time: dataset, fonts, the render worker, the GIF encoder. */
const ROUTES = [
  "/?asOf=2024-03-10",
  "/api/explorer-payload",
  // A past release is read from its compressed snapshot in data/releases/.
  "/api/dataset?v=2026.12.03",
  "/api/graph.png?preset=social&asOf=2019-06-01",
  "/api/graph.gif?from=2021-01-01&to=2023-01-01&preset=article",
  "/embed?lang=vi",
  "/fonts/noto-sans-400.woff2",
  "/api/graph?format=gexf",
  "/country/AU",
  "/compare",
  "/data",
  "/leader/to-lam",
];

/** A raw GET asking for Brotli: the encoding and the bytes as sent (fetch would decompress them). */
function getBrotli(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "br" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

test("the standalone directory serves every kind of answer on its own, as the container runs it", async () => {
  test.setTimeout(120_000);
  // Copied away from the repository, so nothing resolves from its node_modules: what tracing missed fails here.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-standalone-"));
  fs.cpSync(path.join(".next", "standalone"), dir, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 3210) + 8;
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, STANDALONE_DIR: dir, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntilUp(`${base}/robots.txt`, "The copied server");
    for (const route of ROUTES) expect((await fetch(`${base}${route}`)).status, route).toBe(200);
    // Its scripts go out as compressed at build time: the Brotli copy of the very file the page names.
    const page = await (await fetch(`${base}/`)).text();
    const script = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(page)?.[0] ?? "";
    const sent = await getBrotli(`${base}${script}`);
    expect(sent.encoding, script).toBe("br");
    expect(zlib.brotliDecompressSync(sent.body)).toEqual(
      fs.readFileSync(path.join(dir, ".next", script.slice(6))),
    );
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
