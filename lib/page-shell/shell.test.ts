import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withHead } from "./shell";

const SHELL =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Generic</title>' +
  '<meta name="description" content="Generic"/><meta name="robots" content="noindex"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script></head>' +
  '<body><main aria-busy="true"></main><script>self.__next_f.push([1])</script><script>self.__next_f.push([2])</script></body></html>';

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

describe("inlineScriptHashes", () => {
  it("hashes the text of every inline script, and no external one", () => {
    expect(inlineScriptHashes(SHELL)).toEqual([
      sha256("self.__next_f.push([1])"),
      sha256("self.__next_f.push([2])"),
    ]);
  });
});

describe("withHead", () => {
  const page = withHead(SHELL, { lang: "vi", theme: "dark", tags: "<title>Own</title>" });

  it("gives the view's language, theme and head in place of the shell's generic ones", () => {
    expect(page).toContain('<html lang="vi" data-theme="dark">');
    expect(page).toContain("<title>Own</title></head>");
    expect(page).not.toContain("Generic");
    expect(page).not.toContain("noindex");
  });

  it("never touches a script, so the shell's CSP hashes still hold", () => {
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(SHELL));
  });
});

describe("withHead's first view", () => {
  it("writes the view's first lines into the placeholder <main>, scripts untouched", () => {
    const page = withHead(SHELL, { lang: "en", theme: null, tags: "", firstView: "<h1>Counted</h1>" });
    expect(page).toContain('<main aria-busy="true"><h1>Counted</h1></main>');
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(SHELL));
  });
});
