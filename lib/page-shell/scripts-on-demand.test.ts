import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./shell";
import {
  APP_INTERACTIONS,
  IDLE_TIMEOUT_MS,
  QUIET_AFTER_LOAD_MS,
  withScriptsOnDemand,
} from "./scripts-on-demand";

const SHELL =
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/runtime.js" async=""></script>' +
  '<script src="/_next/static/chunks/page.js" async=""></script>' +
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>' +
  '<body><main aria-busy="true"></main><script src="/_next/static/chunks/main.js" async=""></script>' +
  "<script>self.__next_f.push([1])</script></body></html>";

/** A page as far as the loader can tell: listeners, timers, an idle callback, and the scripts it appends. */
function fakePage(readyState = "interactive") {
  const listeners = new Map<string, () => void>();
  const onLoad: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const idle: { run: () => void; timeout: number }[] = [];
  const appended: string[] = [];
  const document = {
    readyState,
    addEventListener: (type: string, run: () => void) => listeners.set(type, run),
    removeEventListener: (type: string) => listeners.delete(type),
    createElement: () => ({ src: "", async: false }),
    body: { appendChild: (script: { src: string; async: boolean }) => appended.push(script.src) },
  };
  const window = {
    addEventListener: (type: string, run: () => void) => type === "load" && onLoad.push(run),
    setTimeout: (run: () => void, at: number) => timers.push({ at, run }),
    requestIdleCallback: (run: () => void, options: { timeout: number }) =>
      idle.push({ run, timeout: options.timeout }),
  };
  const run = (html: string) => {
    const loader = /<script>(\(function[\s\S]*?)<\/script><\/body>/.exec(html)?.[1] ?? "";
    new Function("document", "window", loader.replaceAll("<\\/", "</"))(document, window);
  };
  return { listeners, onLoad, timers, idle, appended, run };
}

describe("withScriptsOnDemand", () => {
  const page = withScriptsOnDemand(SHELL);

  it("names no chunk for the browser to fetch with the page: no async script, no script preload", () => {
    expect(page).not.toMatch(/<script src="[^"]+" async=""/);
    expect(page).not.toContain('as="script"');
    // What is not the app's to defer stays: styles, the legacy fallback modern browsers skip, the router's data.
    expect(page).toContain('href="/_next/static/chunks/a.css"');
    expect(page).toContain('noModule=""');
    expect(page).toContain("<script>self.__next_f.push([1])</script>");
  });

  it("adds one inline loader, which the CSP's hashes of the shell cover", () => {
    expect(inlineScriptHashes(page)).toHaveLength(inlineScriptHashes(SHELL).length + 1);
  });

  it("loads nothing until the reader interacts, then every chunk once, in the shell's order", () => {
    const browser = fakePage();
    browser.run(page);
    expect(browser.appended).toEqual([]);
    expect([...browser.listeners.keys()].sort()).toEqual([...APP_INTERACTIONS].sort());
    browser.listeners.get("keydown")?.();
    const chunks = ["runtime.js", "page.js", "main.js"].map((name) => `/_next/static/chunks/${name}`);
    expect(browser.appended).toEqual(chunks);
    expect(browser.listeners.size).toBe(0);
    // The idle path arriving later adds nothing.
    for (const load of browser.onLoad) load();
    for (const timer of browser.timers) timer.run();
    for (const idle of browser.idle) idle.run();
    expect(browser.appended).toEqual(chunks);
  });

  it("left alone, loads at the first idle period once the page has been loaded for the quiet time", () => {
    const browser = fakePage();
    browser.run(page);
    expect(browser.timers).toEqual([]);
    for (const load of browser.onLoad) load();
    expect(browser.timers.map((t) => t.at)).toEqual([QUIET_AFTER_LOAD_MS]);
    browser.timers[0]?.run();
    expect(browser.appended).toEqual([]);
    expect(browser.idle.map((i) => i.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    browser.idle[0]?.run();
    expect(browser.appended).toHaveLength(3);
  });

  it("run in a page already loaded, starts its quiet time at once", () => {
    const browser = fakePage("complete");
    browser.run(page);
    expect(browser.onLoad).toEqual([]);
    expect(browser.timers.map((t) => t.at)).toEqual([QUIET_AFTER_LOAD_MS]);
  });

  it("leaves a page without chunk scripts as it is", () => {
    const plain = "<html><body><script>1</script></body></html>";
    expect(withScriptsOnDemand(plain)).toBe(plain);
  });
});
