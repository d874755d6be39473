"use client";

import { useLayoutEffect, useRef } from "react";
import { sceneDocument, type Emphasis } from "@/lib/render/scene-svg";
import type { SceneInk } from "@/lib/scene/theme";
import type { Scene } from "@/lib/scene/types";
import { CANVAS_FONT_FAMILY } from "./canvas-measure";

interface Props {
  scene: Scene;
  ink: SceneInk;
  width: number;
  height: number;
  /** The search's matches and the selection, marked as the canvas marks them. */
  emphasis: Emphasis;
}

/**
 * The scene's first picture, drawn by the SVG writer while the interactive canvas (Cytoscape, its own chunk) is
 * still on its way: a reader sees the graph as soon as the page has its data. The writer's markup has every text
 * escaped; it is parsed as XML, never as HTML, so nothing in it can run.
 */
export function ScenePoster({ scene, ink, width, height, emphasis }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const markup = sceneDocument(scene, ink, { width, height }, CANVAS_FONT_FAMILY, emphasis);
    const svg = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
    holder.current?.replaceChildren(document.importNode(svg, true));
  }, [scene, ink, width, height, emphasis]);
  return <div ref={holder} className="canvas-poster" aria-hidden="true" data-testid="graph-poster" />;
}
