import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** One script a page makes the browser fetch or run, and its size compressed as it travels (gzip). */
export interface PageScript {
  name: string;
  gzipBytes: number;
}

const EXTERNAL = /<(?:script|link)\b[^>]*\b(?:src|href)="(\/_next\/static\/[^"]+\.js)"[^>]*>/g;
const INLINE = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** A link that makes the browser fetch a script with the page: a module preload, or a preload as script. */
const scriptPreload = (tag: string) =>
  /\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag));

/**
 * The scripts a page's HTML loads before anything is on demand: external ones (script tags, module preloads
 * and script preloads, each once; `nomodule` fallbacks are skipped, as modern browsers skip them, and so are
 * prefetches, fetched only when the browser is idle) and inline ones.
 */
export function pageScripts(html: string, staticDir: string): PageScript[] {
  const seen = new Set<string>();
  const external: PageScript[] = [];
  for (const [tag, url = ""] of html.matchAll(EXTERNAL)) {
    if (/\bnomodule\b/i.test(tag) || (tag.startsWith("<link") && !scriptPreload(tag))) continue;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = path.join(staticDir, url.slice("/_next/static/".length));
    external.push({ name: url, gzipBytes: gzipSync(fs.readFileSync(file)).length });
  }
  const inline = [...html.matchAll(INLINE)].map((m) => m[1] ?? "").filter((text) => text.trim() !== "");
  const inlineBytes = gzipSync(inline.join("\n")).length;
  return inline.length > 0
    ? [...external, { name: `${inline.length} inline script(s)`, gzipBytes: inlineBytes }]
    : external;
}

export function totalKiB(scripts: readonly PageScript[]): number {
  return scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
}
