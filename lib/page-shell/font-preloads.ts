import fs from "node:fs";
import path from "node:path";
import type { Lang } from "@/lib/schema/view-state";

/** The Noto Sans files a view's text needs first: Latin always, Vietnamese's own letters for `vi`. */
const SUBSETS: Record<Lang, readonly string[]> = { en: ["latin"], vi: ["latin", "vietnamese"] };
const STYLESHEET = /<link rel="stylesheet" href="\/_next\/static\/([^"]+\.css)"/g;
const FONT_FILE = /url\(\.\.\/media\/(noto-sans-([a-z-]+)-(?:400|700)-normal\.[\w-]+\.woff2)\)/g;

/**
 * Preload links for the regular and bold Noto Sans files of each language, found in the stylesheets a built
 * page links (their names carry the build's hashes). A shell shows its text only after its scripts and data:
 * with the fonts fetched alongside them, that text is laid out once, in Noto Sans, instead of in a fallback
 * font that Noto Sans then replaces, moving everything below it (layout shift).
 */
export function fontPreloads(html: string, staticDir: string): Record<Lang, string> {
  const files = new Map<string, string[]>();
  for (const [, css = ""] of html.matchAll(STYLESHEET)) {
    const file = path.join(staticDir, css);
    if (!fs.existsSync(file)) continue;
    for (const [, name = "", subset = ""] of fs.readFileSync(file, "utf8").matchAll(FONT_FILE))
      files.set(subset, [...new Set([...(files.get(subset) ?? []), name])]);
  }
  const links = (lang: Lang) =>
    SUBSETS[lang]
      .flatMap((subset) => files.get(subset) ?? [])
      .map(
        (name) =>
          `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="/_next/static/media/${name}"/>`,
      )
      .join("");
  return { en: links("en"), vi: links("vi") };
}
