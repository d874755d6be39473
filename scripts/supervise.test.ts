import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { supervise, type Supervised } from "./supervise";

/** A port of this test's own (the nginx range 3260–3269). */
const PORT = 3264;
const SERVER = `require("node:http").createServer((q, r) => r.end(String(process.pid))).listen(${PORT}, "127.0.0.1")`;

/** The pid of the process answering on PORT, once one does (or 0 after 10 s). */
async function answeringPid(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const pid = await fetch(`http://127.0.0.1:${PORT}/`).then(
      async (r) => Number(await r.text()),
      () => 0,
    );
    if (pid) return pid;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 0;
}

describe("supervise", () => {
  let app: Supervised | undefined;
  afterEach(() => app?.stop());

  it("starts a server that is killed (kill -9) again, and keeps a stopped one down", async () => {
    app = supervise("test server", () => spawn(process.execPath, ["-e", SERVER], { stdio: "ignore" }));
    const first = await answeringPid();
    expect(first).toBe(app.pid());
    process.kill(first, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await answeringPid();
    expect(second).toBeGreaterThan(0);
    expect(second).not.toBe(first);
    expect(app.restarts()).toBe(1);
    app.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      await fetch(`http://127.0.0.1:${PORT}/`).then(
        () => "answered",
        () => "down",
      ),
    ).toBe("down");
  }, 30_000);
});
