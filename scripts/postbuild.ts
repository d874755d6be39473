/**
 * After `next build`: completes .next/standalone into what ships (the Dockerfile copies the same files).
 *  - .next/static and public/ beside server.js: the standalone server serves them only from there;
 *  - a Brotli and a gzip copy of each script and stylesheet there, compressed once here rather than by Node on
 *    every request (lib/http/static-assets.ts serves them);
 *  - server-guard.mjs: the request guard bundled for `node --import`, so it is in place before the server
 *    listens (Next's instrumentation hook runs only once the first request is being handled).
 */
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { build } from "esbuild";

const ROOT = process.cwd();
const STANDALONE = path.join(ROOT, ".next", "standalone");

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes `file.br` and `file.gz` beside every script and stylesheet under `dir`, at the best ratios. */
async function precompress(dir: string): Promise<void> {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => path.join(dir, name));
  await Promise.all(
    files.map(async (file) => {
      const bytes = fs.readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip(bytes, { level: 9 }),
      ]);
      fs.writeFileSync(`${file}.br`, br);
      fs.writeFileSync(`${file}.gz`, gz);
    }),
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(STANDALONE, "server.js")))
    throw new Error("No .next/standalone/server.js: next.config.ts must keep output: 'standalone'.");
  fs.cpSync(path.join(ROOT, ".next", "static"), path.join(STANDALONE, ".next", "static"), {
    recursive: true,
  });
  fs.cpSync(path.join(ROOT, "public"), path.join(STANDALONE, "public"), { recursive: true });
  await precompress(path.join(STANDALONE, ".next", "static"));
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
