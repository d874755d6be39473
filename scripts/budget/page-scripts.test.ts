import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pageScripts, totalKiB } from "./page-scripts";

describe("pageScripts", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-budget-"));
  fs.mkdirSync(path.join(dir, "chunks"));
  const write = (name: string, size: number) => {
    const body = Buffer.from(
      Array.from({ length: size }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(""),
    );
    fs.writeFileSync(path.join(dir, "chunks", name), body);
    return gzipSync(body).length;
  };
  const app = write("app.js", 5000);
  const lazy = write("lazy.js", 3000);
  const modulePreloaded = write("module.js", 2000);
  write("legacy.js", 9000);
  write("later.js", 4000);

  it("counts each script the HTML loads or preloads once, with inline scripts, and skips nomodule fallbacks, prefetches and styles", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/app.css"/>',
      '<link rel="preload" as="script" href="/_next/static/chunks/lazy.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
      '<link rel="prefetch" as="script" href="/_next/static/chunks/later.js"/>',
      '<script src="/_next/static/chunks/app.js" async=""></script>',
      '<script src="/_next/static/chunks/lazy.js" async=""></script>',
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      "<script>self.x=1</script>",
    ].join("");
    const scripts = pageScripts(html, dir);
    expect(scripts.map((s) => s.name)).toEqual([
      "/_next/static/chunks/lazy.js",
      "/_next/static/chunks/module.js",
      "/_next/static/chunks/app.js",
      "1 inline script(s)",
    ]);
    expect(scripts[0]?.gzipBytes).toBe(lazy);
    expect(scripts[1]?.gzipBytes).toBe(modulePreloaded);
    expect(scripts[2]?.gzipBytes).toBe(app);
    expect(totalKiB(scripts)).toBeCloseTo(
      (lazy + modulePreloaded + app + gzipSync("self.x=1").length) / 1024,
      5,
    );
  });

  it("finds nothing to count in a page without scripts", () => {
    expect(pageScripts("<p>no scripts</p>", dir)).toEqual([]);
  });
});
