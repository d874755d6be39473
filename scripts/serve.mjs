// `npm run serve`: the production build as it ships — Next's standalone server (what the Dockerfile
// runs) with the request guard preloaded. PORT (3000) and HOST (0.0.0.0) choose where it listens.
// `--own-copy` (what `npm start` uses) serves a private copy of the build, so a later `npm run build` or
// `npm test`, which delete and rewrite .next, cannot pull files from under a running server (its pictures
// answered 500, `uv_cwd ENOENT`, once the directory it ran in was gone).
// Plain JavaScript so that it runs without the dev tools.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// STANDALONE_DIR runs a copy elsewhere (the e2e test that runs it away from the repository's node_modules).
const built = path.resolve(process.env.STANDALONE_DIR ?? path.join(".next", "standalone"));
if (!fs.existsSync(path.join(built, "server-guard.mjs"))) {
  console.error(`No production build in ${built}: run \`npm run build\` first.`);
  process.exit(1);
}

const COPY_PREFIX = "bamboo-serve-";

/** Is a process with this id still running? */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Copies the build to a directory of this process's own, first removing copies whose server has died. */
function ownCopy() {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    const pid = Number(name.slice(COPY_PREFIX.length));
    if (name.startsWith(COPY_PREFIX) && pid > 0 && !alive(pid))
      fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
  const copy = path.join(tmp, `${COPY_PREFIX}${process.pid}`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(built, copy, { recursive: true });
  return copy;
}

const dir = process.argv.includes("--own-copy") ? ownCopy() : built;
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
server.on("exit", (code, signal) => {
  if (dir !== built) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
