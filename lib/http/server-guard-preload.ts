/**
 * Entry of the preloaded guard (`node --import ./server-guard.mjs server.js`, bundled by
 * scripts/postbuild.ts): installed before the server listens, so even the first request is guarded.
 * instrumentation.ts installs the same guard for `next dev`; installing twice is harmless.
 */
import { installServerGuard } from "./server-guard";

installServerGuard();
