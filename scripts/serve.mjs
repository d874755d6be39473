// `npm run serve`: the production build as it ships — Next's standalone server (what the Dockerfile
// runs) with the request guard preloaded. PORT (3000) and HOST (0.0.0.0) choose where it listens.
// Plain JavaScript so that it runs without the dev tools.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), ".next", "standalone");
if (!fs.existsSync(path.join(dir, "server-guard.mjs"))) {
  console.error("No production build in .next/standalone: run `npm run build` first.");
  process.exit(1);
}
const server = spawn(process.execPath, ["--import", "./server-guard.mjs", "server.js"], {
  cwd: dir,
  stdio: "inherit",
  // HOSTNAME is what the standalone server binds to; a shell's own HOSTNAME must not leak into it.
  env: { ...process.env, PORT: process.env.PORT ?? "3000", HOSTNAME: process.env.HOST ?? "0.0.0.0" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
