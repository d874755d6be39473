/**
 * `npm run budget` (part of `npm test`, after the build): the compressed JavaScript each page's HTML names, as
 * the server sends that HTML (script tags, module preloads and script preloads, inline scripts), against its
 * budget. A page over budget fails the run. Scripts fetched later on demand (the shells' app, and Cytoscape's
 * chunk, asked for at the reader's first interaction or when the page is idle: lib/page-shell/scripts-on-demand.ts)
 * are not counted here; they are shown below the table, and `npm run bench` reports everything a browser
 * transfers.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { GET as compareGet } from "../app/compare/route";
import { GET as explorerGet } from "../app/route";
import { embedHtml } from "../lib/embed/html";
import { parseViewState } from "../lib/schema/view-state";
import { pageScripts, totalKiB } from "./budget/page-scripts";

const NEXT_DIR = path.join(process.cwd(), ".next");
const STATIC_DIR = path.join(NEXT_DIR, "static");
/** `/compare` is a shell like `/` (lib/page-shell): it gets the explorer's budget. */
const BUDGETS_KIB = { "/": 260, "/compare": 260, "/embed": 200 } as const;
type Page = keyof typeof BUDGETS_KIB;
const ROUTES = { "/": explorerGet, "/compare": compareGet } as const;

/** The page's HTML exactly as its route answers a browser (the shell with the view's head). */
async function pageHtml(page: Page): Promise<string> {
  if (page === "/embed")
    return embedHtml(parseViewState(new URLSearchParams("asOf=2024-03-10")), "http://localhost");
  if (!fs.existsSync(path.join(NEXT_DIR, "server", "app", "explorer-shell.html")))
    throw new Error("No production build: run `npm run build` first.");
  const response = ROUTES[page](new Request(`http://localhost${page}`));
  if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
  return response.text();
}

/** The chunk holding Cytoscape (as e2e/first-picture.spec.ts recognises it), in gzip KiB: fetched on demand. */
function onDemandCanvasKiB(): number {
  const chunks = path.join(STATIC_DIR, "chunks");
  const canvas = fs
    .readdirSync(chunks)
    .filter((name) => name.endsWith(".js"))
    .map((name) => fs.readFileSync(path.join(chunks, name)))
    .filter((bytes) => bytes.includes("drawCachedElement"));
  return canvas.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0) / 1024;
}

/** The scripts a shell's prerendered HTML named before they were made on demand, in gzip KiB. */
function onDemandAppKiB(shell: string): number {
  const html = fs.readFileSync(path.join(NEXT_DIR, "server", "app", `${shell}.html`), "utf8");
  return totalKiB(pageScripts(html, STATIC_DIR).filter((script) => script.name.startsWith("/_next/")));
}

async function main(): Promise<void> {
  let failed = false;
  const rows = [];
  for (const page of Object.keys(BUDGETS_KIB) as Page[]) {
    const scripts = pageScripts(await pageHtml(page), STATIC_DIR);
    const kib = totalKiB(scripts);
    const budget = BUDGETS_KIB[page];
    if (kib > budget) failed = true;
    rows.push({
      page,
      scripts: scripts.length,
      "JS KiB (gzip)": kib.toFixed(1),
      "budget KiB": budget,
      verdict: kib <= budget ? "✓" : "✗ over budget",
    });
  }
  console.table(rows);
  // Not budgeted, shown so the total is never hidden.
  console.log(
    "On demand, not named by any HTML (gzip): " +
      `the explorer's app ${onDemandAppKiB("explorer-shell").toFixed(1)} KiB, ` +
      `the comparison's ${onDemandAppKiB("compare-shell").toFixed(1)} KiB, ` +
      `the graph canvas (Cytoscape) ${onDemandCanvasKiB().toFixed(1)} KiB.`,
  );
  if (failed) {
    console.error("A page's JavaScript is over its budget (scripts/js-budget.ts).");
    process.exit(1);
  }
}

void main();
