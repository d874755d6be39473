"use client";

import dynamic from "next/dynamic";

/**
 * Cytoscape is the largest script by far: it comes as its own chunk, so the page's first scripts stay
 * within the JS budget (scripts/js-budget.ts). Its download starts as soon as this module runs in the
 * browser, in parallel with hydration, not when the canvas first renders.
 */
const graphCanvasModule = typeof window === "undefined" ? null : import("./GraphCanvas");

/** The placeholder holds the canvas's place so nothing shifts when it arrives. */
export const GraphCanvas = dynamic(
  () => (graphCanvasModule ?? import("./GraphCanvas")).then((m) => m.GraphCanvas),
  { ssr: false, loading: () => <div className="canvas" aria-busy="true" /> },
);
