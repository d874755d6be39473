/**
 * After `next build`: completes .next/standalone into what ships (the Dockerfile copies the same files).
 *  - .next/static and public/ beside server.js: the standalone server serves them only from there;
 *  - server-guard.mjs: the request guard bundled for `node --import`, so it is in place before the server
 *    listens (Next's instrumentation hook runs only once the first request is being handled).
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const ROOT = process.cwd();
const STANDALONE = path.join(ROOT, ".next", "standalone");

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(STANDALONE, "server.js")))
    throw new Error("No .next/standalone/server.js: next.config.ts must keep output: 'standalone'.");
  fs.cpSync(path.join(ROOT, ".next", "static"), path.join(STANDALONE, ".next", "static"), {
    recursive: true,
  });
  fs.cpSync(path.join(ROOT, "public"), path.join(STANDALONE, "public"), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, "lib", "http", "server-guard-preload.ts")],
    outfile: path.join(STANDALONE, "server-guard.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
