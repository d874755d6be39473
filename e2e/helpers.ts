import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Waits until a page has its content: the shell pages (`/`, `/compare`) render a placeholder
 * `<main aria-busy="true">` until their view and data are there; server-rendered pages never show one.
 */
export async function contentReady(page: Page): Promise<void> {
  await expect(page.locator('main[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

/** How many graphs each page draws: a page's own number, so a check of "every graph" never checks none. */
export function graphsOn(path: string): number {
  const page = path.split("?")[0];
  if (page === "/compare") return 2;
  if (page === "/" || page === "/embed") return 1;
  return 0;
}

/** Waits until the page has its content and exactly `graphs` graphs, every one of them drawn. */
export async function graphsDrawn(page: Page, graphs: number): Promise<void> {
  await contentReady(page);
  await expect(page.getByTestId("graph-canvas")).toHaveCount(graphs, { timeout: 30_000 });
  await expect(page.locator('[data-testid="graph-canvas"]:not([data-ready="true"])')).toHaveCount(0, {
    timeout: 30_000,
  });
}

/** Waits until Cytoscape has drawn the current view and returns its node count. */
export async function drawnNodeCount(page: Page): Promise<number> {
  const canvas = page.getByTestId("graph-canvas");
  // Hydration and the first draw can take a while when the machine is shared; this waits, it does not time.
  await expect(canvas).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await expect(canvas.locator("canvas").first()).toBeVisible();
  return Number(await canvas.getAttribute("data-node-count"));
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

export function tableRow(page: Page, key: string) {
  return page.locator(`#country-table tbody tr[data-key="${key}"]`);
}

/** A host page on another origin (its own port), as a news site would be. */
export async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>An article</h1>${html}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
