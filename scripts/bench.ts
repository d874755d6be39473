/**
 * `npm run bench`: prints tables of ratios measured within one run on this machine.
 *   1. Load: autocannon against the production server — each route's mean latency over a static file's —
 *      and again through nginx's cache in front of two app servers (scripts/stack.ts), with hit ratios,
 *      then failover: one of those app servers killed under load (failed requests, worst latency).
 *   2. Browser: Chromium time from navigation to the first drawn graph, and JavaScript bytes per route.
 *   2a. Lighthouse: performance, accessibility, best practices and SEO for /, /compare, /country/JP and
 *      /data, mobile and desktop, median of three runs (`npm run bench:lighthouse` runs only this part;
 *      BENCH_LIGHTHOUSE_PAGES=/,/compare and BENCH_LIGHTHOUSE_MODES=mobile narrow it).
 *   2b. Render abuse: clients asking for new 4000×4000 PNGs while other routes are probed (p99, peak RSS).
 *   3. Scale: synthetic datasets at 1×, 10×, 100×: validation, graph build, as-of query, layout + SVG,
 *      and Cytoscape's first draw, with each step's growth factor.
 *   4. GIF: the animation of 1990 to today at each preset — frames, render time, size (limit 8 MB at social).
 * Needs a production build (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { chromium } from "playwright-core";
import { getDataset } from "../lib/dataset";
import { validateDataset } from "../lib/dataset/validate";
import { buildNetwork } from "../lib/graph/network";
import { graphAsOf } from "../lib/graph/as-of";
import { renderSvg } from "../lib/render/svg";
import { sceneDocument } from "../lib/render/scene-svg";
import { isLargeGraph, levelOfDetail } from "./bench/level-of-detail";
import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { buildScene } from "../lib/scene/build";
import { isLargeScene, rendererOptions } from "../lib/scene/detail";
import { sceneInputsFromGraph } from "../lib/scene/from-graph";
import { screenType } from "../lib/scene/picture";
import { SCENE_THEMES } from "../lib/scene/theme";
import { measureWithNotoSans } from "../lib/render/measure-font";
import { sceneElements, sceneStylesheet } from "../app/components/scene-elements";
import { failoverBench } from "./bench/failover";
import { gifBench } from "./bench/gif";
import { lighthouseBench } from "./bench/lighthouse";
import { syntheticDataset, syntheticFiles } from "./bench/synthetic";
import { renderAbuseBench } from "./bench/render-abuse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { startStack, type Stack } from "./stack";
import { waitUntilUp } from "./wait-until-up";

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const STACK_PORT = Number(process.env.BENCH_STACK_PORT ?? 8390);

function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  console.table(rows);
}

async function startServer(): Promise<{ stop: () => void; pid: number }> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "standalone", "server-guard.mjs")))
    throw new Error("No production build: run `npm run build` first.");
  // The server as it ships (scripts/serve.mjs: standalone, guard preloaded).
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    await waitUntilUp(`${BASE}/robots.txt`, "The server");
  } catch (error) {
    server.kill();
    throw error;
  }
  return { stop: () => server.kill(), pid: server.pid ?? 0 };
}

async function load(url: string, base = BASE, headers: Record<string, string> = {}) {
  await fetch(`${base}${url}`, { headers }); // warm: views and renders are memoised after the first request
  const result = await autocannon({ url: `${base}${url}`, connections: 10, duration: DURATION, headers });
  return {
    mean: result.latency.mean,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

async function loadBench() {
  const staticFile = await load("/robots.txt");
  const routes = [
    "/api/graph?asOf=2024-03-10",
    "/api/graph.svg?asOf=2024-03-10",
    "/api/graph.png?asOf=2024-03-10",
    "/?asOf=2024-03-10",
    "/embed?asOf=2024-03-10",
    "/api/country/AU",
  ];
  const targets: Record<string, number> = {
    "/api/graph?asOf=2024-03-10": 3,
    "/api/graph.svg?asOf=2024-03-10": 5,
    "/?asOf=2024-03-10": 3,
    "/embed?asOf=2024-03-10": 3,
  };
  const rows: Record<string, string | number>[] = [
    {
      route: "/robots.txt (memoised text, ~60 bytes)",
      "mean ms": staticFile.mean.toFixed(2),
      "p99 ms": staticFile.p99,
      "req/s": Math.round(staticFile.rps),
      "× static": "1.00",
      target: "",
      errors: staticFile.errors,
    },
  ];
  for (const route of routes) {
    const r = await load(route);
    const ratio = r.mean / staticFile.mean;
    const target = targets[route];
    rows.push({
      route,
      "mean ms": r.mean.toFixed(2),
      "p99 ms": r.p99,
      "req/s": Math.round(r.rps),
      "× static": ratio.toFixed(2),
      target: target ? `≤ ${target}× ${ratio <= target ? "✓" : "✗"}` : "",
      errors: r.errors,
    });
  }
  table(`Load: autocannon, 10 connections, ${DURATION} s per route, loopback`, rows);
}

/** The share of a route's requests nginx answered from its cache, from the stack's cache log. */
function hitRatio(cacheLog: string, route: string): string {
  const lines = fs.existsSync(cacheLog) ? fs.readFileSync(cacheLog, "utf8").split("\n") : [];
  const statuses = lines.filter((l) => l.endsWith(` ${route}`)).map((l) => l.split(" ")[0]);
  const hits = statuses.filter((status) => status === "HIT").length;
  return statuses.length ? `${((100 * hits) / statuses.length).toFixed(2)} %` : "—";
}

/**
 * Writes the bytes the cache sends for `route` (gzipped when it compresses) as a plain static file, and
 * returns its path on the stack's static server: the baseline "a static file of the same size".
 */
async function sameBytesStatic(stack: Stack, route: string, name: string): Promise<string> {
  const res = await fetch(`${stack.url}${route}`, { headers: { "Accept-Encoding": "gzip" } });
  const body = Buffer.from(await res.arrayBuffer()); // fetch has already gunzipped it
  const file = `${name}.${res.headers.get("content-type")?.includes("image/png") ? "png" : res.headers.get("content-type")?.includes("svg") ? "svg" : "html"}`;
  fs.writeFileSync(path.join(stack.staticDir, file), body);
  if (res.headers.get("content-encoding") === "gzip")
    fs.writeFileSync(path.join(stack.staticDir, `${file}.gz`), zlib.gzipSync(body));
  return `/${file}`;
}

/** The same load through nginx's cache in front of two standalone app servers (deploy/nginx/bamboo.conf). */
async function stackBench(withBrowser: boolean) {
  const stack = await startStack({ port: STACK_PORT });
  try {
    // As a browser asks: compressed. The cache keeps the gzipped copy apart (Vary: Accept-Encoding).
    const headers = { "Accept-Encoding": "gzip" };
    const tiny = await load("/robots.txt", stack.url, headers);
    const rows: Record<string, string | number>[] = [
      {
        route: "/robots.txt (~60 bytes, through the cache)",
        "mean ms": tiny.mean.toFixed(2),
        "p99 ms": tiny.p99,
        "req/s": Math.round(tiny.rps),
        "× same-bytes static": "",
        "× robots.txt": "1.00",
        target: "",
        "cache hits": hitRatio(stack.cacheLog, "/robots.txt"),
        errors: tiny.errors,
      },
    ];
    const routes = [
      "/?asOf=2024-03-10",
      "/embed?asOf=2024-03-10",
      "/api/graph.svg?asOf=2024-03-10",
      "/api/graph.png?asOf=2024-03-10",
    ];
    for (const [i, route] of routes.entries()) {
      const r = await load(route, stack.url, headers);
      const same = await load(await sameBytesStatic(stack, route, `baseline-${i}`), stack.staticUrl, headers);
      const ratio = r.mean / same.mean;
      const paged = route.startsWith("/?") || route.startsWith("/embed");
      rows.push({
        route,
        "mean ms": r.mean.toFixed(2),
        "p99 ms": r.p99,
        "req/s": Math.round(r.rps),
        "× same-bytes static": `${ratio.toFixed(2)} (${same.mean.toFixed(2)} ms)`,
        "× robots.txt": (r.mean / tiny.mean).toFixed(2),
        target: paged ? `≤ 1.5× ${ratio <= 1.5 ? "✓" : "✗"}` : "",
        "cache hits": hitRatio(stack.cacheLog, route),
        errors: r.errors + same.errors,
      });
    }
    table(
      `Through nginx's cache (two app servers, scripts/stack.ts): autocannon, 10 connections, ${DURATION} s per route, gzip. ` +
        "Baseline: the same nginx serving the very bytes of each answer as a static file (gzip_static)",
      rows,
    );
    // Where a deployment serves its scripts from: the cache, compressed once, not per request by Node.
    if (withBrowser) await browserBench(stack.url, "through nginx's cache (two app servers)");
    table(
      `Failover: autocannon through nginx, 10 connections, ${Math.max(DURATION, 6)} s; one app server killed and restarted by the stack's supervisor`,
      [await failoverBench(stack, Math.max(DURATION, 6))],
    );
  } finally {
    stack.stop();
  }
}

/** Page loads per route; the median is reported (one load swings with whatever else the machine does). */
const BROWSER_RUNS = 5;

/** One fresh page load: when the graph's first frame was drawn (ms after navigation) and the scripts fetched. */
async function loadPage(
  browser: import("playwright-core").Browser,
  base: string,
  route: string,
  hasCanvas: boolean,
) {
  const page = await browser.newPage();
  await page.goto(`${base}${route}`, { waitUntil: "commit" });
  // Checked on every animation frame. `data-drawn` is set in the frame that first shows the scene (the SVG
  // writer's picture), `data-ready` in the frame Cytoscape (or the embed's script) first drew it, interactive.
  const when = async (selector: string) =>
    Number(
      await (
        await page.waitForFunction((s) => document.querySelector(s) !== null && performance.now(), selector, {
          polling: "raf",
          timeout: 60_000,
        })
      ).jsonValue(),
    );
  const canvas = "[data-testid=graph-canvas]";
  const drawnAt = hasCanvas ? await when(`${canvas}[data-drawn], ${canvas}[data-ready=true]`) : 0;
  const interactiveAt = hasCanvas ? await when(`${canvas}[data-ready=true]`) : 0;
  await page.waitForLoadState("networkidle");
  const metrics = await page.evaluate(() => {
    // Every script fetched, however it was asked for (script element, preload, dynamic import).
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) =>
      new URL(e.name).pathname.endsWith(".js"),
    );
    return {
      js: scripts.reduce((n, s) => n + s.encodedBodySize, 0),
      decoded: scripts.reduce((n, s) => n + s.decodedBodySize, 0),
    };
  });
  await page.close();
  return { drawnAt, interactiveAt, ...metrics };
}

/** In Chromium, from `base`: directly from one app server, or through nginx's cache (`where` says which). */
async function browserBench(base = BASE, where = "directly from one app server") {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: Record<string, string | number>[] = [];
  const withGraph = new Set([
    "/?asOf=2024-03-10",
    "/compare?a=2023-01-01&b=2024-12-31",
    "/embed?asOf=2024-03-10",
  ]);
  for (const route of [
    "/?asOf=2024-03-10",
    "/compare?a=2023-01-01&b=2024-12-31",
    "/embed?asOf=2024-03-10",
    "/country/AU",
    "/data",
  ]) {
    await fetch(`${base}${route}`); // the server's memoised views are warm, as under real traffic
    const hasCanvas = withGraph.has(route);
    const runs = [];
    for (let i = 0; i < (hasCanvas ? BROWSER_RUNS : 1); i++)
      runs.push(await loadPage(browser, base, route, hasCanvas));
    const spread = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      const at = (i: number) => Math.round(sorted[i] ?? 0);
      return `${at(Math.floor(sorted.length / 2))} (${at(0)}–${at(sorted.length - 1)})`;
    };
    const last = runs[runs.length - 1] ?? { js: 0, decoded: 0 };
    rows.push({
      route,
      [`first graph drawn ms (median of ${BROWSER_RUNS}; min–max)`]: hasCanvas
        ? spread(runs.map((r) => r.drawnAt))
        : "—",
      "interactive ms (median; min–max)": hasCanvas ? spread(runs.map((r) => r.interactiveAt)) : "—",
      "JS KiB (transfer)": (last.js / 1024).toFixed(0),
      "JS KiB (decoded)": (last.decoded / 1024).toFixed(0),
    });
  }
  await browser.close();
  table(`Browser: Chromium, production build, ${where}`, rows);
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** "canvas" and "canvas+LOD" are the drawing before the scene (every label at a fixed size). */
type DrawMode = "canvas" | "canvas+LOD";
interface DrawTimes {
  first: number | string;
  zoom: number | string;
}

/**
 * One drawing measured in a fresh Chromium: milliseconds to its first picture and, where it is interactive,
 * for one zoom step to be drawn; or why it failed (a crash, or 120 s without a picture).
 */
async function inFreshBrowser(
  drawing: (browser: import("playwright-core").Browser) => Promise<DrawTimes>,
): Promise<DrawTimes> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const timeout = new Promise<DrawTimes>((resolve) =>
      setTimeout(() => resolve({ first: "timed out (120 s)", zoom: "—" }), 120_000),
    );
    return await Promise.race([drawing(browser), timeout]);
  } catch (error) {
    const reason = `failed: ${String(error).split("\n")[0]?.slice(0, 60)}`;
    return { first: reason, zoom: "—" };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function drawIn(
  browser: import("playwright-core").Browser,
  nodeCount: number,
  mode: DrawMode,
): Promise<DrawTimes> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  page.on("crash", () => console.error(`Chromium crashed drawing ${nodeCount} nodes (${mode})`));
  await page.setContent(`<div id="cy" style="width:1200px;height:800px"></div>`);
  await page.addScriptTag({ path: path.join("node_modules", "cytoscape", "dist", "cytoscape.min.js") });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addScriptTag({ content: "window.__name = (f) => f;" });
  const detail = levelOfDetail(mode === "canvas+LOD" && isLargeGraph(nodeCount));
  return page.evaluate(
    ({ n, detail }) => {
      const elements: object[] = [{ data: { id: "VN" }, position: { x: 0, y: 0 } }];
      for (let i = 0; i < n; i++) {
        const ring = 1 + (i % 5);
        const angle = (i / n) * Math.PI * 2 * 5;
        elements.push({
          data: { id: `n${i}`, label: `Country ${i}` },
          position: { x: Math.cos(angle) * ring * 200, y: Math.sin(angle) * ring * 200 },
        });
        if (detail.partnershipEdges) elements.push({ data: { id: `e${i}`, source: "VN", target: `n${i}` } });
      }
      // Cytoscape draws on animation frames: the second frame after a change has its picture.
      const twoFrames = () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const start = performance.now();
      const w = window as unknown as {
        cytoscape: (o: object) => { fit: () => void; zoom: (level?: number) => number };
      };
      const cy = w.cytoscape({
        container: document.getElementById("cy"),
        elements,
        layout: { name: "preset" },
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              width: 10,
              height: 10,
              "font-size": 8,
              "min-zoomed-font-size": detail.minZoomedFontSize,
            },
          },
          { selector: "edge", style: { width: 0.5, "curve-style": detail.edgeCurveStyle } },
        ],
        ...detail.renderer,
      });
      cy.fit();
      return twoFrames().then(async () => {
        const first = performance.now() - start;
        const zoomStart = performance.now();
        cy.zoom(cy.zoom() * 1.25);
        await twoFrames();
        return { first, zoom: performance.now() - zoomStart };
      });
    },
    { n: nodeCount, detail },
  );
}

interface SceneDrawing {
  elements: ElementDefinition[];
  style: StylesheetJson;
}

/** The explorer's way: the scene is computed first (timed apart), Cytoscape draws its preset elements. */
async function drawScene(
  browser: import("playwright-core").Browser,
  scene: SceneDrawing,
): Promise<DrawTimes> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.setContent(`<div id="cy" style="width:1200px;height:800px"></div>`);
  await page.addScriptTag({ path: path.join("node_modules", "cytoscape", "dist", "cytoscape.min.js") });
  await page.addScriptTag({ content: "window.__name = (f) => f;" });
  return page.evaluate(
    ({ elements, style, renderer }) => {
      const twoFrames = () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const start = performance.now();
      const w = window as unknown as { cytoscape: (o: object) => { zoom: (level?: number) => number } };
      const cy = w.cytoscape({
        container: document.getElementById("cy"),
        elements,
        style,
        layout: { name: "preset" },
        autoungrabify: true,
        ...renderer,
      });
      return twoFrames().then(async () => {
        const first = performance.now() - start;
        const zoomStart = performance.now();
        cy.zoom(cy.zoom() * 1.25);
        await twoFrames();
        return { first, zoom: performance.now() - zoomStart };
      });
    },
    {
      ...scene,
      renderer: rendererOptions(isLargeScene(scene.elements.filter((e) => e.group === "nodes").length)),
    },
  );
}

/**
 * The explorer's first picture: the scene as the SVG writer draws it, parsed and put in the page as
 * `ScenePoster` does, timed to the frame after it is painted.
 */
async function drawPicture(browser: import("playwright-core").Browser, markup: string): Promise<DrawTimes> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.setContent(`<div id="picture" style="width:1200px;height:800px"></div>`);
  await page.addScriptTag({ content: "window.__name = (f) => f;" });
  const first = await page.evaluate((svgText) => {
    const start = performance.now();
    const svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
    document.getElementById("picture")?.replaceChildren(document.importNode(svg, true));
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))),
    );
  }, markup);
  return { first, zoom: "—" };
}

/** The run with the median first-draw time of `n` (times that are failure notes sort last). */
async function medianDraw(n: number, run: () => Promise<DrawTimes>): Promise<DrawTimes> {
  const runs: DrawTimes[] = [];
  for (let i = 0; i < n; i++) runs.push(await run());
  runs.sort(
    (a, b) =>
      (typeof a.first === "number" ? a.first : Infinity) - (typeof b.first === "number" ? b.first : Infinity),
  );
  return runs[Math.floor(n / 2)] ?? { first: "no run", zoom: "—" };
}

async function scaleBench() {
  const real = getDataset();
  const rows: Record<string, string | number>[] = [];
  const previous: Record<string, number> = {};
  const growth = (step: string, ms: number | string) => {
    if (typeof ms === "string") return ms;
    const factor = previous[step] ? `×${(ms / previous[step]).toFixed(1)}` : "";
    previous[step] = ms;
    return `${ms.toFixed(1)} ${factor}`;
  };
  for (const factor of [1, 10, 100]) {
    const dataset = syntheticDataset(real, factor);
    const files = syntheticFiles(dataset);
    const validation = time(() => validateDataset(files));
    const build = time(() => buildNetwork(dataset));
    const query = time(() => graphAsOf(build.value, { asOf: "2024-03-10", tiers: null }));
    const svg = time(() =>
      renderSvg(query.value, {
        asOf: "2024-03-10",
        width: 1600,
        height: 1200,
        theme: "light",
        lang: "en",
        layout: "rings",
        showLeaders: false,
        creditUrl: "https://bamboo.example/",
      }),
    );
    const partners = dataset.relationships.length;
    const sceneInputs = sceneInputsFromGraph(query.value, "en", false);
    const scene = time(() =>
      buildScene({
        ...sceneInputs,
        width: 1200,
        height: 800,
        lang: "en",
        layout: "rings",
        expandUnaligned: false,
        measure: measureWithNotoSans,
        ...screenType(1200, 800),
      }),
    );
    // At 1× the first draw is short and noisy: the median of three fresh browsers.
    const repeat = factor === 1 ? 3 : 1;
    const canvas = await medianDraw(repeat, () => inFreshBrowser((b) => drawIn(b, partners, "canvas")));
    const lod = await medianDraw(repeat, () => inFreshBrowser((b) => drawIn(b, partners, "canvas+LOD")));
    const drawing = { elements: sceneElements(scene.value), style: sceneStylesheet(SCENE_THEMES.light) };
    const drawn = await medianDraw(repeat, () => inFreshBrowser((b) => drawScene(b, drawing)));
    const markup = sceneDocument(scene.value, SCENE_THEMES.light, { width: 1200, height: 800 }, "sans-serif");
    const picture = await medianDraw(repeat, () => inFreshBrowser((b) => drawPicture(b, markup)));
    const row = {
      scale: `${factor}×`,
      partners: dataset.relationships.length,
      "graph nodes": query.value.order,
      "validate ms": growth("validate", validation.ms),
      "build ms": growth("build", build.ms),
      "as-of ms": growth("asof", query.ms),
      "layout+SVG ms": growth("svg", svg.ms),
      "before: draw ms": growth("canvas", canvas.first),
      "before: zoom ms": growth("zoomCanvas", canvas.zoom),
      "before LOD: draw ms": growth("lod", lod.first),
      "before LOD: zoom ms": growth("zoomLod", lod.zoom),
      "scene ms": growth("scene", scene.ms),
      "after: draw ms": growth("drawScene", drawn.first),
      "after: zoom ms": growth("zoomScene", drawn.zoom),
      "first picture (SVG) ms": growth("picture", picture.first),
    };
    console.log(JSON.stringify(row)); // progress, in case a later scale is slow
    rows.push(row);
  }
  table(
    "Scale: synthetic datasets (×N = growth over the previous row); validation also reports the synthetic keys as non-ISO",
    rows,
  );
}

async function abuseBench(pid: number) {
  const clients = Number(process.env.ABUSE_CLIENTS ?? 4);
  const seconds = Number(process.env.ABUSE_SECONDS ?? 20);
  const rows = await renderAbuseBench(BASE, pid, { clients, seconds });
  table(
    `Render abuse: ${clients} clients asking for new ${4000}×${4000} PNGs for ${seconds} s; other routes probed one request at a time, first with no abuse for reference (target: AU p99 < 1000 ms, RSS < 1024 MB)`,
    rows,
  );
}

const PARTS = "load,abuse,stack,browser,lighthouse,scale,gif";

/** The parts to run: `--only lighthouse` (or `BENCH_ONLY=load,abuse,browser`), all by default. */
function partsToRun(argv: readonly string[]): Set<string> {
  const flag = argv.indexOf("--only");
  const named = flag >= 0 ? argv[flag + 1] : process.env.BENCH_ONLY;
  const parts = (named ?? PARTS).split(",").map((part) => part.trim());
  const unknown = parts.filter((part) => !PARTS.split(",").includes(part));
  if (unknown.length > 0) throw new Error(`Unknown bench part ${unknown.join(", ")}: choose from ${PARTS}`);
  return new Set(parts);
}

async function main() {
  const only = partsToRun(process.argv.slice(2));
  if (only.has("load") || only.has("abuse") || only.has("browser") || only.has("lighthouse")) {
    const { stop, pid } = await startServer();
    try {
      if (only.has("load")) await loadBench();
      if (only.has("abuse")) await abuseBench(pid);
      if (only.has("browser")) await browserBench();
      if (only.has("lighthouse"))
        table(
          "Lighthouse (its CLI, Debian's Chromium; mobile = its simulated mid-range phone on slow 4G, desktop = its " +
            "desktop preset): scores out of 100 and metrics, the median of BENCH_LIGHTHOUSE_RUNS (3) runs",
          await lighthouseBench(BASE),
        );
    } finally {
      stop();
    }
  }
  if (only.has("stack")) await stackBench(only.has("browser"));
  if (only.has("scale")) await scaleBench();
  if (only.has("gif"))
    table(
      "GIF: 1990 to today per preset, rendered by the render pool's worker in this process",
      await gifBench(),
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
