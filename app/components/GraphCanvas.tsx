"use client";

import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useMemo, useRef } from "react";
import { layoutPositions, type LayoutNode } from "@/lib/render/layout";
import { HOME_COLOUR, LEADER_COLOUR, TIER_STYLE } from "@/lib/render/palette";
import { isLargeGraph, levelOfDetail, type LevelOfDetail } from "@/lib/render/level-of-detail";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang, Layout } from "@/lib/schema/view-state";

export interface CanvasLeader {
  id: string;
  label: string;
  country: string;
}

interface Props {
  rows: readonly ExplorerRow[];
  leaders: readonly CanvasLeader[];
  layout: Layout;
  lang: Lang;
  focus: string | null;
  matches: ReadonlySet<string> | null;
  label: string;
  help: string;
  onSelect: (key: string | null) => void;
  /** Fixed positions, e.g. shared by both sides of a comparison. */
  positions?: Map<string, { x: number; y: number }>;
}

const stylesheet = (detail: LevelOfDetail): cytoscape.StylesheetJson => [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "min-zoomed-font-size": detail.minZoomedFontSize,
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      color: "#333",
      "text-outline-color": "#fff",
      "text-outline-width": 2,
      width: 16,
      height: 16,
      "border-width": 1,
      "border-color": "#222",
    },
  },
  ...Object.entries(TIER_STYLE).map(([tier, s]) => ({
    selector: `node[tier = "${tier}"]`,
    style: { "background-color": s.colour, shape: s.shape },
  })),
  {
    selector: 'node[kind = "home"]',
    style: { "background-color": HOME_COLOUR, width: 30, height: 30, "font-size": 13, "font-weight": "bold" },
  },
  {
    selector: 'node[kind = "leader"]',
    style: { "background-color": LEADER_COLOUR, width: 8, height: 8, "font-size": 7, shape: "ellipse" },
  },
  { selector: "node.dim", style: { opacity: 0.18 } },
  {
    selector: "node.focused",
    style: { "border-width": 4, "border-color": "#000", "z-index": 10, "font-size": 13 },
  },
  {
    selector: "edge",
    style: { width: 0.6, "line-color": "#bbb", opacity: 0.55, "curve-style": detail.edgeCurveStyle },
  },
  { selector: 'edge[kind = "involvement"]', style: { "line-style": "dashed", "line-color": LEADER_COLOUR } },
];

/** The Cytoscape canvas: positions from the shared deterministic layouts, so it matches the images. */
export function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelect = useRef(props.onSelect);
  useEffect(() => {
    onSelect.current = props.onSelect;
  }, [props.onSelect]);

  const elements = useMemo<ElementDefinition[]>(() => {
    const layoutNodes: LayoutNode[] = [
      { key: "VN", kind: "home", tier: null, label: "Vietnam" },
      ...props.rows.map((r) => ({
        key: r.key,
        kind: r.kind,
        tier: r.tier,
        region: r.region,
        label: r.label,
        lat: r.lat,
        lon: r.lon,
      })),
      ...props.leaders.map((l) => ({
        key: l.id,
        kind: "leader" as const,
        tier: null,
        label: l.label,
        anchor: l.country,
      })),
    ];
    const positions = props.positions ?? layoutPositions(props.layout, layoutNodes);
    const label = (r: ExplorerRow) => (props.lang === "vi" ? r.labelVi : r.label);
    return [
      {
        group: "nodes",
        data: { id: "VN", label: props.lang === "vi" ? "Việt Nam" : "Vietnam", kind: "home" },
        position: positions.get("VN"),
      },
      ...props.rows.map((r): ElementDefinition => ({
        group: "nodes",
        data: { id: r.key, label: label(r), kind: r.kind, tier: r.tier ?? "none" },
        position: positions.get(r.key) ?? { x: 0, y: 0 },
      })),
      ...(levelOfDetail(isLargeGraph(layoutNodes.length)).partnershipEdges ? props.rows : []).map(
        (r): ElementDefinition => ({
          group: "edges",
          data: { id: `VN->${r.key}`, source: "VN", target: r.key, kind: "partnership" },
        }),
      ),
      ...props.leaders.flatMap((l): ElementDefinition[] => [
        {
          group: "nodes",
          data: { id: l.id, label: l.label, kind: "leader" },
          position: positions.get(l.id) ?? { x: 0, y: 0 },
        },
        {
          group: "edges",
          data: { id: `${l.id}->${l.country}`, source: l.id, target: l.country, kind: "involvement" },
        },
      ]),
    ];
  }, [props.rows, props.leaders, props.layout, props.lang, props.positions]);

  const large = isLargeGraph(props.rows.length + props.leaders.length + 1);
  useEffect(() => {
    if (!container.current) return;
    const detail = levelOfDetail(large);
    const instance = cytoscape({
      container: container.current,
      style: stylesheet(detail),
      ...detail.renderer,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
    });
    instance.on("tap", "node", (event) => {
      const key = event.target.id() as string;
      if (!key.startsWith("leader:") && key !== "VN") onSelect.current(key);
    });
    // A hidden or resized container draws blank until Cytoscape is told its new size.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    cy.current = instance;
    return () => {
      observer.disconnect();
      instance.destroy();
      cy.current = null;
    };
  }, [large]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !container.current) return;
    instance.batch(() => {
      instance.elements().remove();
      instance.add(elements);
    });
    if (props.layout === "force" && !props.positions) {
      instance
        .layout({
          name: "cose",
          animate: false,
          randomize: false,
          nodeRepulsion: () => 8000,
          idealEdgeLength: () => 80,
        })
        .run();
    }
    instance.fit(undefined, 20);
    container.current.dataset.nodeCount = String(instance.nodes().length);
    container.current.dataset.ready = "true";
  }, [elements, props.layout, props.positions]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().removeClass("dim focused");
    if (props.matches)
      instance
        .nodes()
        .filter((n) => n.data("kind") !== "home" && !props.matches?.has(n.id()))
        .addClass("dim");
    if (props.focus) instance.getElementById(props.focus).addClass("focused");
  }, [elements, props.matches, props.focus]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys = props.rows.map((r) => r.key);
    if (keys.length === 0) return;
    const index = props.focus ? keys.indexOf(props.focus) : -1;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") {
      event.preventDefault();
      props.onSelect(keys[(index + 1) % keys.length] ?? null);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
      event.preventDefault();
      props.onSelect(keys[(index - 1 + keys.length) % keys.length] ?? null);
    } else if (event.key === "Escape") props.onSelect(null);
  };

  return (
    <div
      ref={container}
      className="canvas"
      data-testid="graph-canvas"
      role="application"
      aria-roledescription="graph"
      aria-label={props.label}
      aria-describedby="canvas-help"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <span id="canvas-help" className="skip">
        {props.help}
      </span>
    </div>
  );
}
