import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";

const run = promisify(execFile);

/** The pages the figures are about. */
export const LIGHTHOUSE_PAGES = ["/", "/compare", "/country/JP", "/data"] as const;
export const LIGHTHOUSE_MODES = ["mobile", "desktop"] as const;
type Mode = (typeof LIGHTHOUSE_MODES)[number];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Runs per page and mode: one run swings with the machine's load, the median of three much less. */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

interface LighthouseReport {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** One Lighthouse run (its own CLI, Debian's Chromium, headless): the report of `url` as mobile or desktop. */
async function audit(url: string, mode: Mode): Promise<LighthouseReport> {
  const cli = path.join(process.cwd(), "node_modules", ".bin", "lighthouse");
  const { stdout } = await run(
    cli,
    [
      url,
      "--output=json",
      "--quiet",
      // Lighthouse's default, said out loud: the load is simulated from the trace, so CPU noise matters less.
      "--throttling-method=simulate",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-path=${CHROMIUM_PATH}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
      ...(mode === "desktop" ? ["--preset=desktop"] : []),
    ],
    // A loaded machine can take minutes for one page.
    { maxBuffer: 64 * 1024 * 1024, timeout: 420_000 },
  );
  return JSON.parse(stdout) as LighthouseReport;
}

/** The middle value (NaN when there is none, e.g. every run failed to measure it). */
function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const scoreOf = (report: LighthouseReport, category: (typeof CATEGORIES)[number]) => {
  const value = report.categories[category]?.score;
  return value === null || value === undefined ? NaN : value * 100;
};
const metricOf = (report: LighthouseReport, id: string) => report.audits[id]?.numericValue ?? NaN;

/** A median as printed: rounded, or "—" when no run measured it. */
const shown = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

/** Which pages and modes to run: all by default, or those named in BENCH_LIGHTHOUSE_PAGES / _MODES. */
function selected<T extends string>(all: readonly T[], env: string | undefined): T[] {
  if (!env) return [...all];
  const wanted = env.split(",").map((s) => s.trim());
  const unknown = wanted.filter((w) => !all.includes(w as T));
  if (unknown.length > 0) throw new Error(`Unknown: ${unknown.join(", ")} (choose from ${all.join(", ")})`);
  return all.filter((item) => wanted.includes(item));
}

/**
 * Lighthouse's four scores for each page, mobile (its default: a mid-range phone on a slow 4G link,
 * simulated) and desktop, with the metrics behind the performance score: the median of RUNS runs each, and
 * the range of the performance score. A benchmark, not a test: the scores move with the machine's load, so
 * nothing here fails a build.
 */
export async function lighthouseBench(base: string): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  // Lighthouse is a devDependency; a production install (npm ci --omit=dev) has none.
  if (!fs.existsSync(path.join(process.cwd(), "node_modules", ".bin", "lighthouse"))) {
    console.log("Lighthouse is not installed: `npm ci` (with devDependencies), then run again.");
    return rows;
  }
  const pages = selected(LIGHTHOUSE_PAGES, process.env.BENCH_LIGHTHOUSE_PAGES);
  for (const mode of selected(LIGHTHOUSE_MODES, process.env.BENCH_LIGHTHOUSE_MODES))
    for (const page of pages) {
      const reports: LighthouseReport[] = [];
      // A deployed server has answered the page before: its first answer (building the graph and the first
      // view, ~0.7 s) is not what a reader waits for.
      await fetch(`${base}${page}`).then((response) => response.arrayBuffer());
      // A run that fails (a timeout, a crashed browser) is left out of the median and counted.
      for (let i = 0; i < RUNS; i++)
        await audit(`${base}${page}`, mode).then(
          (report) => reports.push(report),
          (error: unknown) => console.error(`Lighthouse ${mode} ${page}: ${String(error).split("\n")[0]}`),
        );
      const med = (of: (report: LighthouseReport) => number) => median(reports.map(of));
      const performance = reports.map((r) => scoreOf(r, "performance")).filter(Number.isFinite);
      rows.push({
        page,
        mode,
        runs: `${reports.length}/${RUNS}`,
        performance: shown(med((r) => scoreOf(r, "performance"))),
        "perf. range": performance.length
          ? `${Math.round(Math.min(...performance))}–${Math.round(Math.max(...performance))}`
          : "—",
        accessibility: shown(med((r) => scoreOf(r, "accessibility"))),
        "best practices": shown(med((r) => scoreOf(r, "best-practices"))),
        seo: shown(med((r) => scoreOf(r, "seo"))),
        "FCP ms": shown(med((r) => metricOf(r, "first-contentful-paint"))),
        "LCP ms": shown(med((r) => metricOf(r, "largest-contentful-paint"))),
        "TBT ms": shown(med((r) => metricOf(r, "total-blocking-time"))),
        "SI ms": shown(med((r) => metricOf(r, "speed-index"))),
        CLS: shown(
          med((r) => metricOf(r, "cumulative-layout-shift")),
          3,
        ),
      });
    }
  return rows;
}
