import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Lang } from "@/lib/schema/view-state";
import { fontPreloads } from "./font-preloads";
import { withScriptsOnDemand } from "./scripts-on-demand";

/** A prerendered page's HTML, and what a CSP needs to let exactly its inline scripts run. */
export interface PageShell {
  html: string;
  /** sha256 (base64) of each inline script's text, for `script-src 'sha256-…'`. */
  scriptHashes: string[];
  /** Identifies these bytes: part of every ETag made from the shell. */
  digest: string;
  /** Preload links for the fonts a view in each language shows first (lib/page-shell/font-preloads.ts). */
  fonts: Record<Lang, string>;
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
 * Reads a prerendered page once: the build never changes while the server runs. Chunks fetched on demand
 * (Cytoscape's) are not preloaded: a phone would spend its bandwidth and CPU on them before the first picture.
 */
export function readShell(file: string, staticDir: string): PageShell {
  let shell = shells.get(file);
  if (!shell) {
    const html = withScriptsOnDemand(fs.readFileSync(file, "utf8"));
    shell = {
      html,
      fonts: fontPreloads(html, staticDir),
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
  /** Markup for the page's placeholder `<main>`, already escaped: what the view shows before its scripts. */
  firstView?: string;
}

/** The empty `<main>` the shells render until the browser has the view (ShellPlaceholder). */
const PLACEHOLDER_MAIN = '<main aria-busy="true"></main>';

/**
 * The shell with one view's head: its language and theme on `<html>`, and its own title and previews in place
 * of the shell's generic ones, and its first view in the placeholder. Never a script changes, so the shell's
 * hashes still hold.
 */
export function withHead(html: string, head: ShellHead): string {
  const theme = head.theme ? ` data-theme="${head.theme}"` : "";
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${head.lang}"${theme}`)
    .replace(/<title>[\s\S]*?<\/title>/, "")
    .replace(/<meta name="(description|robots)" content="[^"]*"\/?>/g, "")
    .replace("</head>", `${head.tags}</head>`)
    .replace(PLACEHOLDER_MAIN, `<main aria-busy="true">${head.firstView ?? ""}</main>`);
}
