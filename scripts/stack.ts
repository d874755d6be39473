/**
 * `npm run stack`: the deployment on loopback — two standalone app servers behind nginx's cache
 * (deploy/nginx/bamboo.conf) — until Ctrl-C. Each app server is supervised: one that dies is started again
 * while nginx sends its share to the other. `npm run bench` starts the same stack for its cache table and
 * its failover row. Needs a production build (`npm run build`, which writes .next/standalone) and Debian's
 * nginx.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { supervise, type Supervised } from "./supervise";
import { waitUntilUp } from "./wait-until-up";

export interface StackOptions {
  /** nginx's port; the apps take the next two. */
  port: number;
}

export interface Stack {
  url: string;
  /**
   * The same nginx serving plain files from `staticDir` (gzip_static, so `x.gz` answers a gzip request for
   * `x`): the bench's baseline, a static file of the very bytes a cached page sends.
   */
  staticUrl: string;
  staticDir: string;
  /** Where nginx logs each request's cache status (`HIT`, `MISS`, … then the URI), one a line. */
  cacheLog: string;
  /** The app servers behind nginx, each supervised (restarted when it dies). */
  apps: (Supervised & { url: string })[];
  stop: () => void;
}

const ROOT = process.cwd();
/** One of each kind of answer the cache keeps: page, embed, picture. */
const SMOKE_ROUTES = ["/?asOf=2024-03-10", "/embed?asOf=2024-03-10", "/api/graph.png?asOf=2024-03-10"];
const STANDALONE = path.join(ROOT, ".next", "standalone");

/** The nginx configuration the stack runs in `dir`: deploy/nginx/bamboo.conf filled in, plus a static server. */
export function nginxConfig(
  dir: string,
  port: number,
  appPorts: readonly number[],
  staticPort: number,
): string {
  const values: Record<string, string> = {
    APP_1: `127.0.0.1:${appPorts[0]}`,
    APP_2: `127.0.0.1:${appPorts[1]}`,
    LISTEN: `127.0.0.1:${port}`,
    CACHE_DIR: path.join(dir, "cache"),
    LOG_DIR: dir,
  };
  const site = fs
    .readFileSync(path.join(ROOT, "deploy", "nginx", "bamboo.conf"), "utf8")
    .replace(/\$\{([A-Z_0-9]+)\}/g, (_, name: string) => values[name] ?? `\${${name}}`);
  fs.writeFileSync(path.join(dir, "bamboo.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return [
    // Workers run as the invoking user so they can write the cache in this temporary directory.
    process.getuid?.() === 0 ? "user root;" : "",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
    `  include ${path.join(dir, "bamboo.conf")};`,
    // Tuned as the cache's own server is, so the two differ only in where the bytes come from.
    `  server { listen 127.0.0.1:${staticPort}; root ${path.join(dir, "static")}; gzip_static on;`,
    "    sendfile on; tcp_nopush on; open_file_cache max=1000 inactive=60s; }",
    "}",
  ].join("\n");
}

/**
 * One app server as the Dockerfile runs it (what scripts/serve.mjs starts): the standalone server itself,
 * not a wrapper, so that killing this process kills the instance. Its idle connections outlive nginx's 60 s.
 */
function startApp(port: number, siteUrl: string): ChildProcess {
  return spawn(process.execPath, ["--import", "./server-guard.mjs", "server.js"], {
    cwd: STANDALONE,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      KEEP_ALIVE_TIMEOUT: "65000",
      BAMBOO_SITE_URL: siteUrl,
    },
    stdio: "ignore",
  });
}

export async function startStack({ port }: StackOptions): Promise<Stack> {
  if (!fs.existsSync(path.join(STANDALONE, "server-guard.mjs")))
    throw new Error("No standalone build: run `npm run build` first.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-stack-"));
  const url = `http://127.0.0.1:${port}`;
  const appPorts = [port + 1, port + 2];
  const staticPort = port + 3;
  fs.mkdirSync(path.join(dir, "static"));
  const children: ChildProcess[] = [];
  const apps: Stack["apps"] = [];
  const stop = () => {
    for (const app of apps) app.stop();
    for (const child of children) child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const appPort of appPorts) {
      apps.push({
        url: `http://127.0.0.1:${appPort}`,
        ...supervise(`The app on port ${appPort}`, () => startApp(appPort, url)),
      });
      await waitUntilUp(`http://127.0.0.1:${appPort}/robots.txt`, `The app on port ${appPort}`);
      // A standalone build misses any file read by path that tracing did not include: fail here, loudly.
      for (const route of SMOKE_ROUTES) {
        const status = (await fetch(`http://127.0.0.1:${appPort}${route}`)).status;
        if (status !== 200) throw new Error(`The standalone app answers ${status} for ${route}.`);
      }
    }
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port, appPorts, staticPort));
    children.push(
      spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
    await waitUntilUp(`${url}/robots.txt`, "nginx");
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url,
    cacheLog: path.join(dir, "cache.log"),
    apps,
    staticUrl: `http://127.0.0.1:${staticPort}`,
    staticDir: path.join(dir, "static"),
    stop,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const port = Number(process.env.STACK_PORT ?? 8390);
  startStack({ port }).then(
    (stack) => {
      console.log(
        `Bamboo behind nginx's cache: ${stack.url} (apps on ports ${port + 1} and ${port + 2}; static files from ${stack.staticDir} on ${stack.staticUrl}).`,
      );
      const quit = () => {
        stack.stop();
        process.exit(0);
      };
      process.on("SIGINT", quit);
      process.on("SIGTERM", quit);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
