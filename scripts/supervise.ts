import type { ChildProcess } from "node:child_process";

export interface Supervised {
  /** The running process's id (a new one after each restart). */
  pid: () => number | undefined;
  /** How many times it has been started again after dying. */
  restarts: () => number;
  /** Stops it for good: no restart follows. */
  stop: () => void;
}

/** A process that stayed up this long was healthy: its next restart comes quickly again. */
const STABLE_MS = 10_000;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

/**
 * Keeps a process running: when it dies (a crash, an out-of-memory kill, `kill -9`) it is started again after
 * a quarter of a second, then with a doubling delay while it keeps dying young, so a broken build does not
 * spin. What the stack runs its app servers under; a container gets the same from its runtime
 * (`docker run --restart unless-stopped`, see the Dockerfile).
 */
export function supervise(name: string, start: () => ChildProcess): Supervised {
  let child: ChildProcess;
  let stopped = false;
  let restarts = 0;
  let delay = FIRST_DELAY_MS;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    const startedAt = Date.now();
    child = start();
    child.once("exit", (code, signal) => {
      if (stopped) return;
      if (Date.now() - startedAt > STABLE_MS) delay = FIRST_DELAY_MS;
      console.error(`${name} exited (${signal ?? `code ${code}`}); starting it again in ${delay} ms.`);
      timer = setTimeout(() => {
        restarts += 1;
        run();
      }, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };
  run();
  return {
    pid: () => child.pid,
    restarts: () => restarts,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      child.kill();
    },
  };
}
