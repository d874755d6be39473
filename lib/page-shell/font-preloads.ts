import fs from "node:fs";
import path from "node:path";
import type { Lang } from "@/lib/schema/view-state";

const STYLESHEET = /<link rel="stylesheet" href="\/_next\/static\/([^"]+\.css)"/g;
const FONT_FILE = /url\(\.\.\/media\/(noto-sans-(?:400|700)\.[\w-]+\.woff2)\)/g;

/**
 * Preload links for the regular and bold Noto Sans files, found in the stylesheets a built page links (their
 * names carry the build's hashes). A shell shows its text only after its scripts and data: with the fonts
 * fetched alongside them, that text is laid out once, in Noto Sans, instead of in a fallback font that Noto Sans
 * then replaces, moving everything below it (layout shift). One file per weight holds Latin and Vietnamese
 * (lib/render/web-fonts.ts), so both languages preload the same two.
 */
export function fontPreloads(html: string, staticDir: string): Record<Lang, string> {
  const names = new Set<string>();
  for (const [, css = ""] of html.matchAll(STYLESHEET)) {
    const file = path.join(staticDir, css);
    if (!fs.existsSync(file)) continue;
    for (const [, name = ""] of fs.readFileSync(file, "utf8").matchAll(FONT_FILE)) names.add(name);
  }
  const links = [...names]
    .map(
      (name) =>
        `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="/_next/static/media/${name}"/>`,
    )
    .join("");
  return { en: links, vi: links };
}
