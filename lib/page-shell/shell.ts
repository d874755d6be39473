import { createHash } from "node:crypto";
import fs from "node:fs";

/** A prerendered page's HTML, and what a CSP needs to let exactly its inline scripts run. */
export interface PageShell {
  html: string;
  /** sha256 (base64) of each inline script's text, for `script-src 'sha256-…'`. */
  scriptHashes: string[];
  /** Identifies these bytes: part of every ETag made from the shell. */
  digest: string;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) =>
    createHash("sha256")
      .update(m[1] ?? "")
      .digest("base64"),
  );
  return [...new Set(hashes)];
}

const shells = new Map<string, PageShell>();

/**
 * Preload links for the chunks a page imports on demand (next/dynamic), from the build's loadable manifest:
 * the browser fetches them once the page's own scripts are in (low priority), instead of only when asked for.
 */
export function lazyChunkPreloads(manifestFile: string): string {
  if (!fs.existsSync(manifestFile)) return "";
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, { files?: string[] }>;
  const files = new Set(Object.values(manifest).flatMap((entry) => entry.files ?? []));
  return [...files]
    .filter((file) => /^static\/chunks\/[\w.-]+\.js$/.test(file))
    .map((file) => `<link rel="preload" as="script" fetchpriority="low" href="/_next/${file}"/>`)
    .join("");
}

/** Reads a prerendered page once (with its on-demand chunks preloaded): the build never changes while the server runs. */
export function readShell(file: string, loadableManifest?: string): PageShell {
  let shell = shells.get(file);
  if (!shell) {
    const preloads = loadableManifest ? lazyChunkPreloads(loadableManifest) : "";
    const html = fs.readFileSync(file, "utf8").replace("</head>", `${preloads}</head>`);
    shell = {
      html,
      scriptHashes: inlineScriptHashes(html),
      digest: createHash("sha256").update(html).digest("base64url").slice(0, 16),
    };
    shells.set(file, shell);
  }
  return shell;
}

export interface ShellHead {
  lang: string;
  theme: "light" | "dark" | null;
  /** Markup for the head, already escaped: title, description, previews, discovery links. */
  tags: string;
}

/**
 * The shell with one view's head: its language and theme on `<html>`, and its own title and previews in place
 * of the shell's generic ones. Only the head changes, never a script, so the shell's hashes still hold.
 */
export function withHead(html: string, head: ShellHead): string {
  const theme = head.theme ? ` data-theme="${head.theme}"` : "";
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${head.lang}"${theme}`)
    .replace(/<title>[\s\S]*?<\/title>/, "")
    .replace(/<meta name="(description|robots)" content="[^"]*"\/?>/g, "")
    .replace("</head>", `${head.tags}</head>`);
}
