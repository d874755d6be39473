/**
 * When the interactive canvas (Cytoscape, the largest script) is fetched: at the reader's first interaction
 * with the page, or once the page has been left alone for a while and the main thread is idle. Until then
 * the first picture (ScenePoster) is the graph, readable and keyboard-walkable, and a phone's slow CPU is
 * spent on what the reader sees rather than on a canvas nobody has touched yet.
 */

/** What a reader does to the page that means the canvas will soon be wanted. */
const INTERACTIONS = ["pointerdown", "keydown", "focusin", "wheel", "touchstart"] as const;

/**
 * How long after the page opened the first picture is left to itself before the canvas loads unasked: the first seconds go to the
 * page's own work (fonts, the long table, data) and to the reader's first look, not to a canvas nobody used.
 */
export const QUIET_BEFORE_IDLE_MS = 3000;
/** The longest wait for an idle period once that time is up (a busy page still gets its canvas). */
export const IDLE_TIMEOUT_MS = 2000;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Calls `load` once, at the first of: an interaction with the page (or a hover on `graph`), or an idle period
 * after QUIET_BEFORE_IDLE_MS (requestIdleCallback; a plain timer where a browser has none). Returns a function
 * that cancels whatever has not happened yet.
 */
export function onInteractionOrIdle(graph: HTMLElement, load: () => void): () => void {
  const view = window as IdleWindow;
  let cancelIdle = () => undefined as void;
  let done = false;
  const fire = () => {
    if (done) return;
    cancel();
    load();
  };
  const timer = window.setTimeout(
    () => {
      const { requestIdleCallback, cancelIdleCallback } = view;
      if (requestIdleCallback && cancelIdleCallback) {
        const handle = requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS });
        cancelIdle = () => cancelIdleCallback(handle);
      } else {
        const handle = window.setTimeout(fire, 0);
        cancelIdle = () => window.clearTimeout(handle);
      }
    },
    Math.max(0, QUIET_BEFORE_IDLE_MS - performance.now()),
  );
  const options = { capture: true, passive: true } as const;
  for (const type of INTERACTIONS) document.addEventListener(type, fire, options);
  // On the graph itself a hover counts too: its marks answer a pointer with tooltips.
  graph.addEventListener("pointerover", fire, options);
  function cancel() {
    done = true;
    window.clearTimeout(timer);
    cancelIdle();
    for (const type of INTERACTIONS) document.removeEventListener(type, fire, options);
    graph.removeEventListener("pointerover", fire, options);
  }
  return cancel;
}
