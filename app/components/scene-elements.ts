import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { highlightRing } from "@/lib/scene/highlight";
import { LABEL_PADDING, HALO_WIDTH } from "@/lib/scene/labels";
import { SHAPE_SPAN } from "@/lib/scene/shapes";
import type { Scene, SceneNode } from "@/lib/scene/types";
import type { SceneInk } from "@/lib/scene/theme";
import { CANVAS_FONT_FAMILY } from "./canvas-measure";

/** Where a leader line from a mark meets its moved label's box. */
function labelAnchor(node: SceneNode): { x: number; y: number } | null {
  const label = node.label;
  if (!label?.leaderLine) return null;
  const halfW = label.width / 2 - LABEL_PADDING;
  const halfH = label.height / 2 - LABEL_PADDING;
  return {
    x: Math.max(label.x - halfW, Math.min(node.x, label.x + halfW)),
    y: Math.max(label.y - halfH, Math.min(node.y, label.y + halfH)),
  };
}

/**
 * A bundled link's bends as Cytoscape's "segments" edges take them: for each bend, how far along the line from
 * source to target it lies (weight) and how far off that line (distance, positive to the right of the line).
 */
function segmentBends(s: Point, t: Point, via: readonly Point[]) {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  return {
    weights: via.map((p) => ((p.x - s.x) * dx + (p.y - s.y) * dy) / (length * length)),
    distances: via.map((p) => (dx * (p.y - s.y) - dy * (p.x - s.x)) / length),
  };
}

interface Point {
  x: number;
  y: number;
}

/** Every node carries every field the stylesheet maps, so Cytoscape never meets a missing one. */
const BLANK = { label: "", fontSize: 12, mx: 0, my: 0, size: 1, fill: "#000000", shape: "ellipse" };

/** The scene as Cytoscape elements: positions preset, every size and label placement from the scene. */
export function sceneElements(scene: Scene): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const ring of scene.rings) {
    elements.push({
      group: "nodes",
      data: { ...BLANK, id: `ring:${ring.tier}`, w: 2 * ring.rx, h: 2 * ring.ry },
      position: { x: scene.cx, y: scene.cy },
      classes: "ring",
    });
    if (ring.caption)
      elements.push({
        group: "nodes",
        data: {
          ...BLANK,
          id: `caption:${ring.tier}`,
          label: ring.caption.text,
          fontSize: ring.caption.fontSize,
        },
        position: { x: ring.caption.x, y: ring.caption.y },
        classes: "caption",
      });
  }
  for (const node of scene.nodes) {
    const label = node.label;
    elements.push({
      group: "nodes",
      data: {
        id: node.key,
        kind: node.kind,
        tier: node.tier ?? "none",
        label: label?.text ?? "",
        fontSize: label?.fontSize ?? 12,
        mx: label ? label.x - node.x : 0,
        my: label ? label.y - node.y : 0,
        size: SHAPE_SPAN[node.shape] * node.r,
        fill: node.fill,
        shape: node.shape,
      },
      position: { x: node.x, y: node.y },
      classes: [
        node.kind === "home" || node.kind === "leader" ? node.kind : "partner",
        node.quiet ? "quiet" : "",
      ]
        .filter(Boolean)
        .join(" "),
    });
    const anchor = labelAnchor(node);
    if (anchor) {
      elements.push({
        group: "nodes",
        data: { ...BLANK, id: `anchor:${node.key}` },
        position: anchor,
        classes: "anchor",
      });
      elements.push({
        group: "edges",
        data: { id: `line:${node.key}`, source: node.key, target: `anchor:${node.key}` },
        classes: "leader-line",
      });
    }
  }
  for (const key of scene.highlight) {
    const node = scene.nodes.find((n) => n.key === key);
    if (!node) continue;
    const ring = highlightRing(node.r);
    elements.push({
      group: "nodes",
      data: { ...BLANK, id: `highlight:${key}`, size: 2 * ring.radius, ringWidth: ring.width },
      position: { x: node.x, y: node.y },
      classes: "highlight-ring",
    });
  }
  const at = new Map(scene.nodes.map((n) => [n.key, n]));
  for (const edge of scene.edges) {
    const s = at.get(edge.source);
    const t = at.get(edge.target);
    const bends = s && t && edge.via?.length ? segmentBends(s, t, edge.via) : null;
    elements.push({
      group: "edges",
      data: { id: edge.key, source: edge.source, target: edge.target, ...bends },
      classes: bends ? `${edge.kind} bundled` : edge.kind,
    });
  }
  return elements;
}

/** One stylesheet for every scene: the data carries sizes, colours and label offsets. */
export function sceneStylesheet(ink: SceneInk): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": CANVAS_FONT_FAMILY,
        "font-size": "data(fontSize)",
        "text-valign": "center",
        "text-halign": "center",
        "text-margin-x": "data(mx)" as never,
        "text-margin-y": "data(my)" as never,
        color: ink.fg,
        "text-outline-color": ink.bg,
        "text-outline-width": HALO_WIDTH,
        width: "data(size)",
        height: "data(size)",
        shape: "data(shape)" as never,
        "background-color": "data(fill)",
        "border-width": 1,
        "border-color": ink.stroke,
      },
    },
    { selector: "node.home", style: { "font-weight": "bold", "border-width": 1.5 } },
    { selector: "node.quiet", style: { "border-width": 0 } },
    {
      selector: "node.ring",
      style: {
        label: "",
        shape: "ellipse",
        width: "data(w)" as never,
        height: "data(h)" as never,
        "background-opacity": 0,
        "border-width": 1,
        "border-style": "dashed",
        "border-color": ink.guide,
        events: "no",
        "z-index": 0,
      },
    },
    {
      selector: "node.caption, node.anchor",
      style: {
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        events: "no",
        color: ink.muted,
      },
    },
    {
      // The SVG writer's ring round a partner that just changed (lib/render/scene-svg.ts).
      selector: "node.highlight-ring",
      style: {
        label: "",
        shape: "ellipse",
        "background-opacity": 0,
        "border-width": "data(ringWidth)" as never,
        "border-color": ink.fg,
        events: "no",
      },
    },
    { selector: "node.dim", style: { opacity: 0.2 } },
    {
      selector: "node.focused",
      style: {
        "border-width": 3,
        "border-color": ink.fg,
        "underlay-color": ink.fg,
        "underlay-padding": 5,
        "underlay-opacity": 0.18,
        "underlay-shape": "ellipse",
        "z-index": 10,
      },
    },
    {
      selector: "edge",
      style: { width: 0.8, "line-color": ink.edge, "curve-style": "straight", events: "no" },
    },
    { selector: "edge.involvement", style: { "line-style": "dashed", "line-color": ink.guide } },
    {
      selector: "edge.bundled",
      style: {
        "curve-style": "segments",
        "segment-weights": "data(weights)" as never,
        "segment-distances": "data(distances)" as never,
        "edge-distances": "node-position",
      },
    },
    { selector: "edge.leader-line", style: { "line-color": ink.muted, width: 0.8 } },
    { selector: "edge.dim", style: { opacity: 0.2 } },
    {
      selector: "edge.highlight",
      style: { "line-color": ink.fg, "line-style": "solid", width: 2, "z-index": 9 },
    },
  ];
}
