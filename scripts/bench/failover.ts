import autocannon from "autocannon";
import type { Stack } from "../stack";

/**
 * A new address on every request (nginx keys on the whole URI; the app ignores `utm_*`), so none is a cache
 * hit: every request goes through nginx to one of the two apps.
 */
const ROUTE = "/api/country/AU";

/** Polls until `url` answers 2xx; the milliseconds that took. */
async function msUntilUp(url: string, since: number): Promise<number> {
  for (;;) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Failover under load: 10 connections ask the stack for answers it has not cached while one app server is
 * killed (`kill -9`) a third of the way in. nginx should send the dead one's share to the other (no
 * request fails); the supervisor starts it again. One row: requests, failed ones, worst and p99 latency,
 * and how long the killed instance took to answer again.
 */
export async function failoverBench(stack: Stack, seconds: number): Promise<Record<string, string | number>> {
  const victim = stack.apps[0];
  if (!victim) throw new Error("The stack has no app servers.");
  await fetch(`${stack.url}${ROUTE}`);
  let n = 0;
  const run = autocannon({
    url: stack.url,
    connections: 10,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: `${ROUTE}?utm_source=failover-${n++}` }) }],
  });
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
  const pid = victim.pid();
  if (!pid) throw new Error("The app server has no process id.");
  const killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  // Its port stops answering at once; it answers again once the supervisor's new process is up.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const backAfter = await msUntilUp(`${victim.url}/robots.txt`, killedAt);
  const result = await run;
  return {
    route: `${ROUTE}?utm_source={n} (all misses; kill -9 of one of two apps after ${(seconds / 3).toFixed(1)} s)`,
    requests: result.requests.total,
    failed: result.errors + result.non2xx + result.timeouts,
    "worst ms": result.latency.max,
    "p99 ms": result.latency.p99,
    "mean ms": result.latency.mean.toFixed(2),
    "killed app answering again after ms": backAfter,
    restarts: victim.restarts(),
  };
}
