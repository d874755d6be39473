"use client";

import dynamic from "next/dynamic";
import { useEffect, useState, type ComponentProps } from "react";

type GraphCanvasModule = typeof import("./GraphCanvas");

/**
 * Cytoscape is the largest script by far: it comes as its own chunk, so the page's first scripts stay
 * within the JS budget (scripts/js-budget.ts). Its download starts as soon as this module runs in the
 * browser, in parallel with hydration, not when the canvas first renders.
 */
let loaded: GraphCanvasModule | null = null;
const graphCanvasModule =
  typeof window === "undefined"
    ? null
    : import("./GraphCanvas").then((module) => {
        loaded = module;
        return module;
      });

/**
 * Never rendered: declaring the import through next/dynamic is what makes Next list the chunk among the
 * page's own scripts, so the browser fetches it with them instead of once this module has run.
 */
export const GraphCanvasChunk = dynamic(() => import("./GraphCanvas").then((m) => m.GraphCanvas), {
  ssr: false,
});

/**
 * The canvas once its chunk is there; until then a placeholder holds its place so nothing shifts. Not
 * React.lazy/next/dynamic: a Suspense boundary that showed its fallback reveals its content at the earliest
 * 300 ms later (React throttles reveals), which alone cost the first graph a third of its time.
 */
export function GraphCanvas(props: ComponentProps<GraphCanvasModule["GraphCanvas"]>) {
  const [module, setModule] = useState<GraphCanvasModule | null>(loaded);
  useEffect(() => {
    if (!module) void graphCanvasModule?.then(setModule);
  }, [module]);
  if (!module) return <div className="canvas" aria-busy="true" />;
  return <module.GraphCanvas {...props} />;
}
