"use client";

import dynamic from "next/dynamic";

/**
 * The Cytoscape canvas as its own chunk, fetched while the page hydrates: Cytoscape is the largest script
 * by far, and keeping it out of the page's first scripts keeps them within the JS budget
 * (scripts/js-budget.ts). The placeholder holds the canvas's place so nothing shifts when it arrives.
 */
export const GraphCanvas = dynamic(() => import("./GraphCanvas").then((m) => m.GraphCanvas), {
  ssr: false,
  loading: () => <div className="canvas" aria-busy="true" />,
});
