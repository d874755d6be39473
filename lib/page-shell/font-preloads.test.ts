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
      "@font-face{font-family:Noto Sans;font-weight:400;src:url(../media/noto-sans-400.a1.woff2)format(woff2)}",
      "@font-face{font-family:Noto Sans;font-weight:700;src:url(../media/noto-sans-700.b1.woff2)format(woff2)}",
      // Not ours: another family's file is never preloaded.
      "@font-face{font-family:Other;src:url(../media/other-sans-400.c1.woff2)format(woff2)}",
    ].join(""),
  );
  const html =
    '<head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/></head>';
  const hrefs = (links: string) => [...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

  it("preloads the regular and the bold file, which hold Vietnamese too, in both languages", () => {
    const preloads = fontPreloads(html, dir);
    const both = ["/_next/static/media/noto-sans-400.a1.woff2", "/_next/static/media/noto-sans-700.b1.woff2"];
    expect(hrefs(preloads.en)).toEqual(both);
    expect(hrefs(preloads.vi)).toEqual(both);
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
