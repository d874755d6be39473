import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitUntilUp } from "../scripts/wait-until-up";

/**
 * The README's two commands in either order: `npm start` serves, then `npm test` rebuilds. `next build`
 * deletes .next and writes it again; a server running from .next/standalone then lost the directory it ran
 * in, and every PNG and GIF answered 500 (`uv_cwd ENOENT`). `npm start` serves its own copy
 * (`serve.mjs --own-copy`): here the build it started from is deleted and rewritten under it, as a rebuild
 * does, and its pictures must still answer.
 */
test("a server started as `npm start` starts it keeps answering pages and pictures while the build is rewritten", async () => {
  test.setTimeout(120_000);
  const build = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-build-"));
  fs.cpSync(path.join(".next", "standalone"), build, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 3210) + 9;
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--own-copy"], {
    env: { ...process.env, STANDALONE_DIR: build, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${base}/robots.txt`, "The server");
    expect((await fetch(`${base}/api/graph.png?asOf=2024-03-10&width=400&height=300`)).status).toBe(200);
    // What `next build` does to .next: everything deleted, then written again.
    fs.rmSync(build, { recursive: true, force: true });
    fs.mkdirSync(build);
    fs.writeFileSync(path.join(build, "server.js"), "// a build in progress\n");
    // New pictures (nothing memoised): each is rendered now, by a worker started from the server's directory.
    for (const route of [
      "/api/graph.png?asOf=2019-06-01&width=420&height=300",
      "/api/graph.gif?from=2021-01-01&to=2022-01-01&preset=article",
      "/?asOf=2020-01-01",
      "/country/JP",
    ])
      expect((await fetch(`${base}${route}`)).status, route).toBe(200);
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill();
    await exited;
    fs.rmSync(build, { recursive: true, force: true });
  }
  // The copy goes with its server.
  expect(fs.existsSync(path.join(os.tmpdir(), `bamboo-serve-${server.pid}`))).toBe(false);
});
