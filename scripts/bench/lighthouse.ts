import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";

const run = promisify(execFile);

/** The pages the figures are about. */
export const LIGHTHOUSE_PAGES = ["/", "/compare", "/country/JP", "/data"] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface LighthouseReport {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** One Lighthouse run (its own CLI, Debian's Chromium, headless): the report of `url` as mobile or desktop. */
async function audit(url: string, mode: "mobile" | "desktop"): Promise<LighthouseReport> {
  const cli = path.join(process.cwd(), "node_modules", ".bin", "lighthouse");
  const { stdout } = await run(
    cli,
    [
      url,
      "--output=json",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-path=${CHROMIUM_PATH}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
      ...(mode === "desktop" ? ["--preset=desktop"] : []),
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  return JSON.parse(stdout) as LighthouseReport;
}

const score = (report: LighthouseReport, category: (typeof CATEGORIES)[number]) => {
  const value = report.categories[category]?.score;
  return value === null || value === undefined ? "—" : Math.round(value * 100);
};
const ms = (report: LighthouseReport, id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);

/**
 * Lighthouse's four scores for each page, mobile (its default: a mid-range phone on a slow 4G link,
 * simulated) and desktop, with the metrics behind the performance score. A benchmark, not a test: the
 * scores move with the machine's load, so nothing here fails a build.
 */
export async function lighthouseBench(base: string): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  // Lighthouse is large and run only here: the bench says how to add it rather than failing without it.
  if (!fs.existsSync(path.join(process.cwd(), "node_modules", ".bin", "lighthouse"))) {
    console.log(
      "Lighthouse is not installed: `npm i --no-save lighthouse@12.2.3` (13 needs Node 22), then run again.",
    );
    return rows;
  }
  for (const mode of ["mobile", "desktop"] as const)
    for (const page of LIGHTHOUSE_PAGES) {
      const report = await audit(`${base}${page}`, mode);
      rows.push({
        page,
        mode,
        performance: score(report, "performance"),
        accessibility: score(report, "accessibility"),
        "best practices": score(report, "best-practices"),
        seo: score(report, "seo"),
        "LCP ms": ms(report, "largest-contentful-paint"),
        "TBT ms": ms(report, "total-blocking-time"),
        CLS: (report.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3),
      });
    }
  return rows;
}
