"use client";

import cytoscape, { type Core } from "cytoscape";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { buildScene } from "@/lib/scene/build";
import { LARGE_SCENE_NODES, rendererOptions } from "@/lib/scene/detail";
import { screenType } from "@/lib/scene/picture";
import { SCENE_THEMES, type SceneTheme } from "@/lib/scene/theme";
import type { SceneLeader, ScenePartner } from "@/lib/scene/types";
import { formatDate, tierName, translator } from "@/lib/i18n/messages";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang, Layout } from "@/lib/schema/view-state";
import { measureOnCanvas } from "./canvas-measure";
import { sceneElements, sceneStylesheet } from "./scene-elements";

interface Props {
  rows: readonly ExplorerRow[];
  leaders: readonly SceneLeader[];
  layout: Layout;
  lang: Lang;
  focus: string | null;
  matches: ReadonlySet<string> | null;
  label: string;
  help: string;
  onSelect: (key: string | null) => void;
  /** A line over the picture, e.g. what changed on the date being played. */
  caption?: string | null;
  /** Called once, after the first frame that shows the scene (the page renders secondary parts then). */
  onDrawn?: () => void;
}

const ZOOM_STEP = 1.4;
const MOVE_MS = 450;

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** The page's theme: an explicit `data-theme`, else the system's preference. */
function currentTheme(): SceneTheme {
  const explicit = document.documentElement.dataset.theme;
  if (explicit === "dark" || explicit === "light") return explicit;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

interface Tip {
  key: string;
  x: number;
  y: number;
}

/** The canvas draws the scene of `lib/scene` — the same picture the SVG writer draws — with Cytoscape. */
export function GraphCanvas(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelect = useRef(props.onSelect);
  const onDrawn = useRef(props.onDrawn);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [theme, setTheme] = useState<SceneTheme>("light");
  const [expand, setExpand] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  const t = translator(props.lang);
  useEffect(() => {
    onSelect.current = props.onSelect;
    onDrawn.current = props.onDrawn;
  }, [props.onSelect, props.onDrawn]);

  // The selection and a narrow search are named even inside the quiet band.
  const named = useMemo(() => {
    const keys = new Set<string>(props.focus ? [props.focus] : []);
    if (props.matches && props.matches.size <= 12) for (const key of props.matches) keys.add(key);
    return keys;
  }, [props.focus, props.matches]);
  const rowByKey = useMemo(() => new Map(props.rows.map((r) => [r.key, r])), [props.rows]);
  const scene = useMemo(() => {
    if (!size || size.width < 10 || size.height < 10) return null;
    const partners: ScenePartner[] = props.rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      tier: r.tier,
      label: r.label,
      labelVi: r.labelVi,
      lat: r.lat,
      lon: r.lon,
    }));
    return buildScene({
      partners,
      leaders: props.leaders,
      ...size,
      ...screenType(size.width, size.height),
      lang: props.lang,
      layout: props.layout === "geo" ? "geo" : "rings",
      expandUnaligned: expand,
      measure: measureOnCanvas,
      named,
    });
  }, [props.rows, props.leaders, props.lang, props.layout, size, expand, named]);

  const large = props.rows.length + props.leaders.length > LARGE_SCENE_NODES;
  // One Cytoscape instance (per size class); the scene decides everything it draws. Layout effects, here and
  // for the scene: the instance, its size, the scene and its elements are all ready before the first paint,
  // so the graph is drawn in the page's first frame rather than a few frames later.
  useLayoutEffect(() => {
    if (!container.current || !box.current) return;
    setTheme(currentTheme());
    const instance = cytoscape({
      container: container.current,
      style: sceneStylesheet(SCENE_THEMES[currentTheme()]),
      minZoom: 0.5,
      maxZoom: 6,
      autoungrabify: true,
      boxSelectionEnabled: false,
      ...rendererOptions(large ? LARGE_SCENE_NODES + 1 : 0),
    });
    instance.on("tap", "node.partner", (event) => onSelect.current(event.target.id() as string));
    // A leader's links light up the upgrades and visits they took part in.
    instance.on("tap", "node.leader", (event) => {
      instance.edges(".highlight").removeClass("highlight");
      event.target.connectedEdges(".involvement").addClass("highlight");
    });
    const showTip = (event: cytoscape.EventObject) => {
      const p = event.target.renderedPosition() as { x: number; y: number };
      setTip({ key: event.target.id() as string, x: p.x, y: p.y });
    };
    instance.on("mouseover tap", "node.partner, node.leader, node.home", showTip);
    instance.on("mouseout", "node", () => setTip(null));
    instance.on("viewport", () => setTip(null));
    cy.current = instance;
    // The canvas follows its box: a new size is a new scene, laid out for it.
    const follow = (rect: { width: number; height: number }) => {
      const width = Math.round(rect.width);
      const height = Math.round(rect.height);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      follow(entry.contentRect);
      instance.resize();
    });
    observer.observe(box.current);
    // The first size now rather than in the observer's first callback, a frame later.
    follow(box.current.getBoundingClientRect());
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onScheme = () => {
      setTheme(currentTheme());
      instance.style(sceneStylesheet(SCENE_THEMES[currentTheme()]));
    };
    media.addEventListener("change", onScheme);
    return () => {
      media.removeEventListener("change", onScheme);
      observer.disconnect();
      instance.destroy();
      cy.current = null;
    };
  }, [large]);

  useLayoutEffect(() => {
    const instance = cy.current;
    if (!instance || !scene || !container.current) return;
    const next = sceneElements(scene);
    const animate = !prefersReducedMotion() && instance.nodes().length > 0;
    const box = container.current;
    // Ready once the frame showing this scene is drawn, not merely when it is handed to Cytoscape.
    instance.one("render", () => {
      box.dataset.ready = "true";
      onDrawn.current?.();
    });
    if (instance.elements().empty()) instance.add(next);
    else
      instance.batch(() => {
        const keep = new Set(next.map((e) => e.data.id));
        instance
          .elements()
          .filter((e) => !keep.has(e.id()))
          .remove();
        for (const element of next) {
          const id = element.data.id ?? "";
          const existing = instance.getElementById(id);
          if (existing.nonempty()) {
            existing.data(element.data);
            existing.classes(element.classes ?? "");
            if (element.position) {
              const moves = existing.isNode() && animate && !id.startsWith("anchor:");
              if (moves) existing.animate({ position: element.position }, { duration: MOVE_MS });
              else existing.position(element.position);
            }
          } else instance.add(element);
        }
      });
    // Model coordinates are the box's pixels: at zoom 1 the scene fills the canvas exactly as laid out.
    instance.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    container.current.dataset.nodeCount = String(scene.nodes.length);
    container.current.dataset.hiddenLabels = scene.hiddenLabels.join(" ");
    container.current.dataset.leaders = String(scene.nodes.filter((n) => n.kind === "leader").length);
  }, [scene]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().removeClass("dim focused");
    instance.edges().removeClass("highlight");
    if (props.matches)
      instance
        .nodes(".partner, .leader")
        .filter((n) => !props.matches?.has(n.id()))
        .addClass("dim");
    if (props.focus) {
      const node = instance.getElementById(props.focus);
      node.addClass("focused");
      // A selected leader lights up the upgrades they took part in.
      if (props.focus.startsWith("leader:")) node.connectedEdges().addClass("highlight");
    }
  }, [scene, props.matches, props.focus]);

  const zoomBy = (factor: number) => {
    const instance = cy.current;
    if (!instance || !size) return;
    instance.zoom({
      level: instance.zoom() * factor,
      renderedPosition: { x: size.width / 2, y: size.height / 2 },
    });
  };
  const resetView = () => cy.current?.viewport({ zoom: 1, pan: { x: 0, y: 0 } });

  const order = scene?.order ?? [];
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (order.length === 0) return;
    const index = props.focus ? order.indexOf(props.focus) : -1;
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1;
    if (event.key.startsWith("Arrow")) {
      event.preventDefault();
      const key = order[(index + step + order.length) % order.length] ?? null;
      props.onSelect(key);
      const node = key ? cy.current?.getElementById(key) : null;
      if (node?.nonempty()) {
        const p = node.renderedPosition() as { x: number; y: number };
        setTip({ key: key ?? "", x: p.x, y: p.y });
      }
    } else if (event.key === "Escape") {
      props.onSelect(null);
      setTip(null);
    } else if (event.key === "+" || event.key === "=") zoomBy(ZOOM_STEP);
    else if (event.key === "-") zoomBy(1 / ZOOM_STEP);
    else if (event.key === "0") resetView();
  };

  const unaligned = props.rows.filter((r) => r.tier === null).length;
  const tipRow = tip ? rowByKey.get(tip.key) : undefined;
  const tipNode = tip ? scene?.nodes.find((n) => n.key === tip.key) : undefined;

  return (
    <div className="canvas-wrap" data-theme-ink={theme}>
      <div ref={box} className="canvas-box">
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
        {props.caption ? (
          <p className="canvas-caption" role="status" data-testid="play-caption">
            {props.caption}
          </p>
        ) : null}
        {tip && tipNode ? (
          <div
            className={tip.y < 110 ? "canvas-tip below" : "canvas-tip"}
            role="tooltip"
            data-testid="graph-tooltip"
            style={{ left: tip.x, top: tip.y }}
          >
            <strong>{tipNode.name}</strong>
            {tipNode.otherName !== tipNode.name ? (
              <span lang={props.lang === "vi" ? "en" : "vi"}> · {tipNode.otherName}</span>
            ) : null}
            {tipRow ? (
              <>
                <br />
                {tierName(props.lang, tipRow.tier)}
                {tipRow.tierSinceDate
                  ? ` · ${t("since")} ${formatDate(tipRow.tierSinceDate, props.lang)}`
                  : ""}
                {tipRow.officialName ? (
                  <>
                    <br />
                    <em>{tipRow.officialName}</em>
                  </>
                ) : null}
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="canvas-tools" role="toolbar" aria-label={t("graphTools")}>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label={t("zoomIn")} title={t("zoomIn")}>
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label={t("zoomOut")}
          title={t("zoomOut")}
        >
          −
        </button>
        <button type="button" onClick={resetView} aria-label={t("zoomFit")} title={t("zoomFit")}>
          ⤢
        </button>
        {unaligned > 0 ? (
          <button
            type="button"
            aria-pressed={expand}
            onClick={() => setExpand(!expand)}
            data-testid="expand-unaligned"
          >
            {t(expand ? "collapseUnaligned" : "expandUnaligned", { count: unaligned })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
