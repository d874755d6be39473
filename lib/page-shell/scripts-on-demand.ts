/**
 * The shells' scripts (React, Next.js's router, the view's own code) fetched on demand: at the reader's first
 * interaction with the page, or once the page has been loaded and left alone for a while, when the main thread
 * is idle. Until then
 * the page is its first view, written by the server (lib/page-shell/first-view.ts): readable, its links
 * walkable by keyboard, and a phone's slow CPU spends its first seconds painting it rather than hydrating an
 * explorer nobody has touched yet.
 */

/** Next.js's chunk scripts as a prerendered shell names them, and the preloads it adds for them. */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;

/** What a reader does to a page that means its scripts will soon be wanted. */
export const APP_INTERACTIONS = ["pointerdown", "pointerover", "keydown", "focusin", "wheel", "touchstart"];
/**
 * How long after the page's load event its scripts wait unasked: the first seconds go to the first view. From
 * the load, not the request: on a slow link the page's own bytes come first.
 */
export const QUIET_AFTER_LOAD_MS = 3000;
/** The longest wait for an idle period once that time is up (a busy page still gets its scripts). */
export const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs in the browser as the shell's one inline loader (serialised, so it may use nothing from outside).
 * Inserted scripts are async like the ones they replace: Next.js's runtime orders them itself.
 */
function loadOnDemand(sources: string[], interactions: string[], quietMs: number, idleTimeoutMs: number) {
  let started = false;
  const options = { capture: true, passive: true };
  const start = () => {
    if (started) return;
    started = true;
    for (const type of interactions) document.removeEventListener(type, start, options);
    for (const source of sources) {
      const script = document.createElement("script");
      script.src = source;
      script.async = true;
      document.body.appendChild(script);
    }
  };
  for (const type of interactions) document.addEventListener(type, start, options);
  const whenIdle = () =>
    "requestIdleCallback" in window ? window.requestIdleCallback(start, { timeout: idleTimeoutMs }) : start();
  const afterLoad = () => window.setTimeout(whenIdle, quietMs);
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
}

/** The loader's source, with its arguments: an inline script the shell's CSP hash covers. */
export function onDemandLoader(sources: readonly string[]): string {
  const args = [sources, APP_INTERACTIONS, QUIET_AFTER_LOAD_MS, IDLE_TIMEOUT_MS].map((arg) =>
    JSON.stringify(arg),
  );
  return `(${loadOnDemand.toString()})(${args.join(",")})`;
}

/**
 * The shell with its chunk scripts and their preloads taken out and one loader in their place, at the end of
 * the body. Inline scripts (the router's data) stay: they only queue what the scripts read once they run.
 */
export function withScriptsOnDemand(html: string): string {
  const sources = [...html.matchAll(CHUNK_SCRIPT)].map((match) => match[1] ?? "");
  if (sources.length === 0) return html;
  const loader = `<script>${onDemandLoader(sources).replaceAll("</", "<\\/")}</script>`;
  return html.replace(CHUNK_SCRIPT, "").replace(CHUNK_PRELOAD, "").replace("</body>", `${loader}</body>`);
}
