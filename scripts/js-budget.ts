/**
 * `npm run budget` (part of `npm test`, after the build): the compressed JavaScript each page's HTML loads,
 * against its budget. A page over budget fails the run. Scripts fetched later on demand (Cytoscape's chunk)
 * are not counted here; `npm run bench` reports everything a browser transfers.
 */
import fs from "node:fs";
import path from "node:path";
import { embedHtml } from "../lib/embed/html";
import { lazyChunkPreloads } from "../lib/page-shell/shell";
import { parseViewState } from "../lib/schema/view-state";
import { pageScripts, totalKiB } from "./budget/page-scripts";

const NEXT_DIR = path.join(process.cwd(), ".next");
/** `/compare` is a shell like `/` (lib/page-shell): it gets the explorer's budget. */
const BUDGETS_KIB = { "/": 260, "/compare": 260, "/embed": 200 } as const;
const SHELLS = { "/": "explorer-shell", "/compare": "compare-shell" } as const;

function pageHtml(page: keyof typeof BUDGETS_KIB): string {
  if (page === "/embed")
    return embedHtml(parseViewState(new URLSearchParams("asOf=2024-03-10")), "http://localhost");
  const shell = path.join(NEXT_DIR, "server", "app", `${SHELLS[page]}.html`);
  if (!fs.existsSync(shell)) throw new Error("No production build: run `npm run build` first.");
  return fs.readFileSync(shell, "utf8");
}

let failed = false;
const rows = Object.entries(BUDGETS_KIB).map(([page, budget]) => {
  const scripts = pageScripts(pageHtml(page as keyof typeof BUDGETS_KIB), path.join(NEXT_DIR, "static"));
  const kib = totalKiB(scripts);
  if (kib > budget) failed = true;
  return {
    page,
    scripts: scripts.length,
    "JS KiB (gzip)": kib.toFixed(1),
    "budget KiB": budget,
    verdict: kib <= budget ? "✓" : "✗ over budget",
  };
});
console.table(rows);
// Not budgeted, shown so the total is never hidden: what `/` fetches on demand (preloaded), i.e. Cytoscape.
const lazyHtml = lazyChunkPreloads(
  path.join(NEXT_DIR, "server", "app", "explorer-shell", "page", "react-loadable-manifest.json"),
);
const lazyKiB = totalKiB(pageScripts(lazyHtml, path.join(NEXT_DIR, "static")));
console.log(`/ also fetches ${lazyKiB.toFixed(1)} KiB (gzip) on demand: the graph canvas (Cytoscape).`);
if (failed) {
  console.error("A page's JavaScript is over its budget (scripts/js-budget.ts).");
  process.exit(1);
}
