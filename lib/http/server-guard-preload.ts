/**
 * Entry of the preloaded guard (`node --import ./server-guard.mjs server.js`, bundled by
 * scripts/postbuild.ts): installed before the server listens, so even the first request is guarded.
 * instrumentation.ts installs the same guard for `next dev`; installing twice is harmless.
 */
import fs from "node:fs";
import path from "node:path";
import { installServerGuard } from "./server-guard";
import { precompressedAssets } from "./static-assets";

// The shipped server runs beside its build files (scripts/serve.mjs, the Dockerfile).
const staticDir = path.join(process.cwd(), ".next", "static");
installServerGuard(fs.existsSync(staticDir) ? { assets: precompressedAssets(staticDir) } : {});
