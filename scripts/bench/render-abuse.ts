/**
 * "Render abuse": clients that each keep asking for a new, large PNG (a date nobody asked for before,
 * 4000×4000 pixels) while other routes are probed one request at a time. Prints the probes' latency
 * percentiles, how the PNG requests were answered, and the server's peak memory (RSS of its processes).
 */
import fs from "node:fs";

const SIZE = 4000;
const PROBE_ROUTES = ["/api/country/AU", "/api/graph?asOf=2024-03-10", "/robots.txt"];

/** RSS in bytes of a process and all its descendants (Linux /proc). */
function treeRss(pid: number): number {
  try {
    const rss =
      Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    const children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
    return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A distinct date per request, so no answer comes from a cache. */
function* freshDates(client: number, clients: number): Generator<string> {
  const start = Date.UTC(1980, 0, 1);
  for (let i = client; ; i += clients) yield new Date(start + i * 86_400_000).toISOString().slice(0, 10);
}

interface Phase {
  probes: number[][];
  statuses: Map<number, number>;
  baseline: number;
  peak: number;
}

/** Probes the routes for `seconds` while `clients` abusers run (none: the quiet reference). */
async function phase(base: string, serverPid: number, clients: number, seconds: number): Promise<Phase> {
  const deadline = Date.now() + seconds * 1000;
  const statuses = new Map<number, number>();
  const baseline = treeRss(serverPid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(serverPid))), 200);

  const abuser = async (client: number) => {
    for (const date of freshDates(client, clients)) {
      if (Date.now() >= deadline) return;
      const res = await fetch(`${base}/api/graph.png?asOf=${date}&width=${SIZE}&height=${SIZE}`);
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  const probe = async (route: string) => {
    const times: number[] = [];
    while (Date.now() < deadline) {
      const t = performance.now();
      const res = await fetch(`${base}${route}`);
      await res.arrayBuffer();
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    return times.sort((a, b) => a - b);
  };

  const [probes] = await Promise.all([
    Promise.all(PROBE_ROUTES.map(probe)),
    ...Array.from({ length: clients }, (_, i) => abuser(i)),
  ]);
  clearInterval(sampler);
  return { probes, statuses, baseline, peak };
}

export async function renderAbuseBench(
  base: string,
  serverPid: number,
  options: { clients: number; seconds: number },
): Promise<Record<string, string | number>[]> {
  const quiet = await phase(base, serverPid, 0, options.seconds);
  const abused = await phase(base, serverPid, options.clients, options.seconds);
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const pngAnswers = [...abused.statuses].map(([status, n]) => `${n}×${status}`).join(", ");
  return PROBE_ROUTES.map((route, i) => {
    const calm = quiet.probes[i] ?? [];
    const times = abused.probes[i] ?? [];
    return {
      route,
      "quiet p50 / p99 ms": `${percentile(calm, 50).toFixed(0)} / ${percentile(calm, 99).toFixed(0)}`,
      requests: times.length,
      "abused p50 ms": percentile(times, 50).toFixed(0),
      "abused p99 ms": percentile(times, 99).toFixed(0),
      "abused max ms": percentile(times, 100).toFixed(0),
      "PNG answers": i === 0 ? pngAnswers : "",
      "RSS MB (before → peak)": i === 0 ? `${mb(abused.baseline)} → ${mb(abused.peak)}` : "",
    };
  });
}
