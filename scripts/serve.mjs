// `npm run serve`: the production build as it ships — Next's standalone server (what the Dockerfile
// runs) with the request guard preloaded. PORT (3000) and HOST (0.0.0.0) choose where it listens.
// Plain JavaScript so that it runs without the dev tools.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// STANDALONE_DIR runs a copy elsewhere (the e2e test that runs it away from the repository's node_modules).
const dir = path.resolve(process.env.STANDALONE_DIR ?? path.join(".next", "standalone"));
if (!fs.existsSync(path.join(dir, "server-guard.mjs"))) {
  console.error(`No production build in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}
const server = spawn(process.execPath, ["--import", "./server-guard.mjs", "server.js"], {
  cwd: dir,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.PORT ?? "3000",
    // What the standalone server binds to; a shell's own HOSTNAME must not leak into it.
    HOSTNAME: process.env.HOST ?? "0.0.0.0",
    // Idle connections outlive a proxy's (nginx keeps upstream ones 60 s): with Node's 5 s, a client
    // reusing a connection the server has just closed gets a reset instead of an answer.
    KEEP_ALIVE_TIMEOUT: process.env.KEEP_ALIVE_TIMEOUT ?? "65000",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
