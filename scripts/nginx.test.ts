import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_SECURITY_HEADERS, STATIC_CSP } from "../lib/http/security";
import { nginxConfig } from "./stack";

/** nginx and two stand-in apps on loopback, in the ports this test owns. */
const NGINX_PORT = 3260;
const APP_PORTS = [3261, 3262] as const;
const STATIC_PORT = 3263;
/** Longer than nginx's default 5 s lock wait, as a GIF render (9–14 s) is. */
const SLOW_RENDER_MS = 6_500;

const CONF = fs.readFileSync(path.join(__dirname, "..", "deploy", "nginx", "bamboo.conf"), "utf8");
/** A directive's value as the file sets it (`proxy_cache_lock_timeout 60s;` → `60s`). */
const directive = (name: string) => new RegExp(`^\\s*${name}\\s+([^;]+);`, "m").exec(CONF)?.[1];
const seconds = (value: string | undefined) => Number(/^(\d+)s$/.exec(value ?? "")?.[1] ?? NaN);

describe("deploy/nginx/bamboo.conf, as written", () => {
  it("waits for one render longer than the slowest takes, and says no version", () => {
    expect(directive("proxy_cache_lock")).toBe("on");
    expect(seconds(directive("proxy_cache_lock_timeout"))).toBeGreaterThanOrEqual(60);
    expect(seconds(directive("proxy_cache_lock_age"))).toBeGreaterThanOrEqual(
      seconds(directive("proxy_cache_lock_timeout")),
    );
    expect(directive("server_tokens")).toBe("off");
  });

  it("gives nginx's own errors exactly the app's security headers", () => {
    const errorLocation = /location = \/_bamboo\/error \{([^}]*)\}/.exec(CONF)?.[1] ?? "";
    expect(errorLocation).toContain(`add_header Content-Security-Policy "${STATIC_CSP}" always;`);
    const headers = Object.entries(BASE_SECURITY_HEADERS);
    expect(headers.length).toBeGreaterThan(0);
    for (const [name, value] of headers)
      expect(errorLocation).toMatch(
        new RegExp(`add_header ${name} "?${value.replace(/[()=,]/g, "\\$&")}"? always;`),
      );
  });
});

/** A stand-in for an app server: `/slow` renders for SLOW_RENDER_MS, and every request is counted. */
function fakeApp(port: number, hits: Map<string, number>): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const answer = () => {
      response.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "public, max-age=600" });
      response.end(`rendered ${url}`);
    };
    if (url.startsWith("/slow")) setTimeout(answer, SLOW_RENDER_MS);
    else answer();
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const nginxInstalled = (() => {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("the stack's nginx on loopback", () => {
  let dir = "";
  let nginx: ChildProcess | undefined;
  const hits = new Map<string, number>();
  const apps: http.Server[] = [];
  const base = `http://127.0.0.1:${NGINX_PORT}`;

  beforeAll(async () => {
    // The CI installs nginx (.ci/run); without it this would pass by testing nothing.
    expect(nginxInstalled, "nginx is not installed (apt-get install nginx)").toBe(true);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-nginx-test-"));
    fs.mkdirSync(path.join(dir, "static"));
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, NGINX_PORT, APP_PORTS, STATIC_PORT));
    execFileSync("nginx", ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "pipe" });
    for (const port of APP_PORTS) apps.push(await fakeApp(port, hits));
    nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
      stdio: "ignore",
    });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${base}/up`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 30_000);

  afterAll(async () => {
    nginx?.kill();
    await Promise.all(apps.map((app) => new Promise((resolve) => app.close(resolve))));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("sends a slow new render to the app once, however many ask for it while it renders", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${base}/slow?gif=1`)));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(bodies)).toEqual(new Set(["rendered /slow?gif=1"]));
    expect(hits.get("/slow?gif=1")).toBe(1);
  }, 30_000);

  it("names no version, and answers with the app's headers and a JSON error when no app answers", async () => {
    const ok = await fetch(`${base}/up`);
    expect(ok.headers.get("server")).toBe("nginx");
    await Promise.all(apps.map((app) => new Promise((resolve) => app.close(resolve))));
    apps.length = 0;
    const down = await fetch(`${base}/never-cached`);
    expect(down.status).toBe(502);
    expect(down.headers.get("server")).toBe("nginx");
    expect(down.headers.get("content-security-policy")).toBe(STATIC_CSP);
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS))
      expect(down.headers.get(name), name).toBe(value);
    expect(down.headers.get("content-type")).toBe("application/json");
    expect(down.headers.get("cache-control")).toBe("no-store");
    expect(((await down.json()) as { error: string }).error).toMatch(/not answering/);
  }, 30_000);
});
