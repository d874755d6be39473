import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fontPreloads } from "./font-preloads";

describe("fontPreloads", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-fonts-"));
  fs.mkdirSync(path.join(dir, "chunks"));
  fs.writeFileSync(
    path.join(dir, "chunks", "site.css"),
    [
      "@font-face{font-family:Noto Sans;src:url(../media/noto-sans-latin-400-normal.a1.woff2)format(woff2),url(../media/noto-sans-latin-400-normal.a2.woff)format(woff)}",
      "@font-face{font-family:Noto Sans;src:url(../media/noto-sans-latin-700-normal.b1.woff2)format(woff2)}",
      "@font-face{font-family:Noto Sans;src:url(../media/noto-sans-latin-ext-400-normal.c1.woff2)format(woff2)}",
      "@font-face{font-family:Noto Sans;src:url(../media/noto-sans-vietnamese-400-normal.d1.woff2)format(woff2)}",
      "@font-face{font-family:Noto Sans;src:url(../media/noto-sans-greek-400-normal.e1.woff2)format(woff2)}",
    ].join(""),
  );
  const html =
    '<head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/></head>';
  const hrefs = (links: string) => [...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

  it("preloads regular and bold Latin for English, and Vietnamese's own letters too for Vietnamese", () => {
    const preloads = fontPreloads(html, dir);
    expect(hrefs(preloads.en)).toEqual([
      "/_next/static/media/noto-sans-latin-400-normal.a1.woff2",
      "/_next/static/media/noto-sans-latin-700-normal.b1.woff2",
    ]);
    expect(hrefs(preloads.vi)).toEqual([
      "/_next/static/media/noto-sans-latin-400-normal.a1.woff2",
      "/_next/static/media/noto-sans-latin-700-normal.b1.woff2",
      "/_next/static/media/noto-sans-vietnamese-400-normal.d1.woff2",
    ]);
  });

  it("asks for them as a font must be preloaded to be used (woff2, anonymous CORS)", () => {
    const links = fontPreloads(html, dir).en.split("/>").filter(Boolean);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(link).toMatch(/rel="preload" as="font" type="font\/woff2" crossorigin="anonymous"/);
  });

  it("preloads nothing when the page links no stylesheet that names the fonts", () => {
    expect(fontPreloads("<head></head>", dir)).toEqual({ en: "", vi: "" });
  });
});
