import type { Dataset } from "@/lib/schema/dataset";
import type { Lang } from "@/lib/schema/view-state";
import { escapeXml } from "@/lib/render/escape-xml";
import { leaderHref } from "./links";

/** Every page a search engine should know, as a path in English (each also exists with `?lang=vi`). */
export function publicPagePaths(dataset: Dataset): string[] {
  return [
    "/",
    "/compare",
    "/data",
    ...dataset.relationships.map((r) => `/country/${r.key}`),
    ...dataset.leaders.map((l) => leaderHref(l.id, "en")),
  ];
}

/** The same page in a language: Vietnamese adds `lang=vi`, English is the plain address. */
export function inLanguage(path: string, lang: Lang): string {
  return lang === "vi" ? `${path}?lang=vi` : path;
}

/**
 * sitemap.xml (sitemaps.org 0.9): one entry per public page, with its English and Vietnamese addresses
 * named as alternates of each other (hreflang), so each language is found and neither counts as a copy.
 */
export function sitemapXml(origin: string, dataset: Dataset): string {
  const url = (path: string) => escapeXml(`${origin}${path}`);
  const entries = publicPagePaths(dataset).flatMap((path) =>
    (["en", "vi"] as const).map((lang) =>
      [
        "  <url>",
        `    <loc>${url(inLanguage(path, lang))}</loc>`,
        `    <xhtml:link rel="alternate" hreflang="en" href="${url(path)}"/>`,
        `    <xhtml:link rel="alternate" hreflang="vi" href="${url(inLanguage(path, "vi"))}"/>`,
        "  </url>",
      ].join("\n"),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled, and the sitemap is named by its absolute address, as it must be. */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
