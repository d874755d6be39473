"use client";

import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { buildScene } from "@/lib/scene/build";
import { selectableAt } from "@/lib/scene/hit";
import { isLargeScene } from "@/lib/scene/detail";
import { screenType } from "@/lib/scene/picture";
import { SCENE_THEMES, type SceneTheme } from "@/lib/scene/theme";
import type { SceneLeader, ScenePartner, WorldMap } from "@/lib/scene/types";
import { formatDate, tierName, translator } from "@/lib/i18n/messages";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang, Layout } from "@/lib/schema/view-state";
import { measureOnCanvas } from "./canvas-measure";
import { notoSansReady } from "./fonts-ready";
import { onInteractionOrIdle } from "./on-demand";
import type { SceneDrawer } from "./scene-drawer";
import { ScenePoster } from "./ScenePoster";
import { visibleRegion } from "./visible-region";

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
  /** Partners to ring: while history plays, those that changed on the date shown. */
  highlight?: readonly string[] | null;
  /** Called once, after the first frame that shows the scene (the page renders secondary parts then). */
  onDrawn?: () => void;
  /** Incremented to show Vietnam itself: the whole graph, its centre named. */
  centreRequest?: number;
  /** What may lie over the canvas when a partner is chosen (a phone's details sheet): the graph pans clear of it. */
  coveredBy?: RefObject<HTMLElement | null>;
}

const ZOOM_STEP = 1.4;

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

/** Resolves once the browser has painted what is on screen now (a frame, then a task after it). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));

/**
 * The graph: the scene of `lib/scene`, first as the SVG writer's picture (in the page's own scripts), then on
 * an interactive Cytoscape canvas (scene-drawer, its own chunk, fetched on demand: ./on-demand.ts) that takes
 * over in the frame it first draws. Until then the picture is walked with the keyboard and tapped like it.
 */
export function GraphCanvas(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const drawer = useRef<SceneDrawer | null>(null);
  // Bumped when a drawer is created, so the effects that feed it run again.
  const [drawerId, setDrawerId] = useState(0);
  const [interactive, setInteractive] = useState(false);
  // Whether the canvas has been asked for: by the reader's first interaction, or an idle main thread.
  const [wanted, setWanted] = useState(false);
  // What the reader asked of the canvas before it was there (a zoom), done once it has drawn.
  const pending = useRef<((drawer: SceneDrawer) => void)[]>([]);
  const onSelect = useRef(props.onSelect);
  const onDrawn = useRef(props.onDrawn);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [theme, setTheme] = useState<SceneTheme>("light");
  const [expand, setExpand] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  // The world's shapes and d3-geo come in their own chunk, fetched only when a map is asked for.
  const [world, setWorld] = useState<WorldMap | null>(null);
  const wantsMap = props.layout === "geo";
  useEffect(() => {
    if (!wantsMap || world) return;
    let cancelled = false;
    import("@/lib/scene/world-map")
      .then(({ worldMap }) => {
        if (!cancelled) setWorld(worldMap);
      })
      .catch((error: unknown) => console.error("The world map could not load:", error));
    return () => {
      cancelled = true;
    };
  }, [wantsMap, world]);
  // Labels are measured in the font they are drawn in: the scene is laid out again once Noto Sans is ready.
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void notoSansReady().then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
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
    if (wantsMap && !world) return null;
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
      layout: wantsMap ? "geo" : "rings",
      world: world ?? undefined,
      expandUnaligned: expand,
      measure: measureOnCanvas,
      named,
      highlight: props.highlight ?? undefined,
    });
    // fontsReady is not read here, but measureOnCanvas measures in Noto Sans from then on: lay out again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    props.rows,
    props.leaders,
    props.lang,
    props.layout,
    wantsMap,
    world,
    size,
    expand,
    named,
    props.highlight,
    fontsReady,
  ]);
  const ink = SCENE_THEMES[theme];
  const emphasis = useMemo(
    () => ({ matches: props.matches, focus: props.focus }),
    [props.matches, props.focus],
  );

  // Size and theme before the first paint, so the first frame already shows the scene's picture.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setTheme(currentTheme());
    // The canvas follows its box: a new size is a new scene, laid out for it.
    const follow = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      setSize((old) => (old && old.width === next.width && old.height === next.height ? old : next));
    };
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      follow(entry.contentRect.width, entry.contentRect.height);
      drawer.current?.resize();
    });
    observer.observe(element);
    // The content box, as the observer reports it (the border is not the canvas's).
    follow(element.clientWidth, element.clientHeight);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onScheme = () => setTheme(currentTheme());
    media.addEventListener("change", onScheme);
    return () => {
      media.removeEventListener("change", onScheme);
      observer.disconnect();
    };
  }, []);

  // The canvas is asked for once the first picture is there to look at.
  const pictured = scene !== null;
  useEffect(() => {
    const element = box.current;
    if (!pictured || wanted || !element) return;
    return onInteractionOrIdle(element, () => setWanted(true));
  }, [pictured, wanted]);

  // One Cytoscape instance per size class, created once it is wanted and the first picture is on screen.
  const large = isLargeScene(props.rows.length + props.leaders.length);
  useEffect(() => {
    if (!wanted) return;
    let created: SceneDrawer | null = null;
    let cancelled = false;
    // Cytoscape measures and draws its labels itself: it starts once the font is there.
    void Promise.all([afterNextPaint(), notoSansReady()])
      .then(() => import("./scene-drawer"))
      .then(({ createSceneDrawer }) => {
        if (cancelled || !container.current) return;
        created = createSceneDrawer(container.current, SCENE_THEMES[currentTheme()], large, {
          onSelect: (key) => onSelect.current(key),
          onTip: setTip,
        });
        drawer.current = created;
        setDrawerId((id) => id + 1);
      })
      // Without Cytoscape's script the first picture simply stays.
      .catch((error: unknown) => console.error("The interactive graph could not load:", error));
    return () => {
      cancelled = true;
      created?.destroy();
      drawer.current = null;
    };
  }, [large, wanted]);

  useEffect(() => {
    const current = drawer.current;
    if (!current || !scene) return;
    const animate = interactive && !prefersReducedMotion();
    void current.draw(scene, animate).then(() => {
      if (drawer.current !== current || !container.current) return;
      // The picture goes in the very frame the canvas first shows the scene: never both, never neither.
      if (!interactive) flushSync(() => setInteractive(true));
      container.current.dataset.ready = "true";
      for (const action of pending.current.splice(0)) action(current);
      onDrawn.current?.();
    });
    // `interactive` only chooses whether marks glide; it is not a reason to draw again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scene, drawerId]);

  useEffect(() => drawer.current?.setInk(ink), [ink, drawerId]);
  useEffect(
    () => drawer.current?.mark(props.matches, props.focus),
    [scene, drawerId, props.matches, props.focus],
  );

  // A chosen partner stays in sight: where a sheet opens over the canvas, the graph pans it clear (also when the
  // sheet grows as its details load).
  const coveredBy = props.coveredBy;
  useEffect(() => {
    const current = drawer.current;
    const element = container.current;
    const mark = props.focus ? scene?.nodes.find((n) => n.key === props.focus) : undefined;
    if (!current || !element || !mark) return;
    const reveal = () => {
      const canvas = element.getBoundingClientRect();
      const cover = coveredBy?.current?.getBoundingClientRect() ?? null;
      const seen = visibleRegion(canvas, { width: window.innerWidth, height: window.innerHeight }, cover);
      current.reveal(mark, {
        left: seen.left - canvas.left,
        top: seen.top - canvas.top,
        right: seen.right - canvas.left,
        bottom: seen.bottom - canvas.top,
      });
    };
    reveal();
    const sheet = coveredBy?.current;
    const observer = sheet ? new ResizeObserver(reveal) : null;
    if (sheet) observer?.observe(sheet);
    return () => observer?.disconnect();
  }, [scene, drawerId, props.focus, coveredBy]);

  const centreRequest = props.centreRequest ?? 0;
  useEffect(() => {
    if (centreRequest === 0) return;
    drawer.current?.reset();
    const home = scene?.nodes.find((n) => n.kind === "home");
    const p = home ? (drawer.current?.positionOf(home.key) ?? home) : null;
    if (home && p) setTip({ key: home.key, x: p.x, y: p.y });
    container.current?.focus();
    // Only a new request moves the view; a redrawn scene keeps the reader's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreRequest]);

  /** Does `action` on the canvas now, or as soon as it has drawn (the click that asked for it is not lost). */
  const onCanvas = (action: (drawer: SceneDrawer) => void) => {
    if (drawer.current && interactive) action(drawer.current);
    else {
      pending.current.push(action);
      setWanted(true);
    }
  };
  const zoomBy = (factor: number) => {
    if (size) onCanvas((d) => d.zoomBy(factor, { x: size.width / 2, y: size.height / 2 }));
  };
  const resetView = () => onCanvas((d) => d.reset());
  // Before the canvas, a tap on the picture picks the partner under it, as a tap on the canvas will.
  const onPictureClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (interactive || !scene) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const key = selectableAt(scene, event.clientX - rect.left, event.clientY - rect.top);
    if (key) props.onSelect(key);
  };

  const order = scene?.order ?? [];
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (order.length === 0) return;
    const index = props.focus ? order.indexOf(props.focus) : -1;
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1;
    if (event.key.startsWith("Arrow")) {
      event.preventDefault();
      const key = order[(index + step + order.length) % order.length] ?? null;
      props.onSelect(key);
      const mark = key ? scene?.nodes.find((n) => n.key === key) : undefined;
      const p = key ? (drawer.current?.positionOf(key) ?? mark) : null;
      if (key && p) setTip({ key, x: p.x, y: p.y });
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
          onClick={onPictureClick}
          data-drawn={scene ? (interactive ? "canvas" : "picture") : undefined}
          data-node-count={scene?.nodes.length}
          data-hidden-labels={scene?.hiddenLabels.join(" ")}
          data-highlight={scene?.highlight.join(" ")}
          data-leaders={scene?.nodes.filter((n) => n.kind === "leader").length}
        >
          <span id="canvas-help" className="skip">
            {props.help}
          </span>
        </div>
        {scene && size && !interactive ? (
          <ScenePoster scene={scene} ink={ink} width={size.width} height={size.height} emphasis={emphasis} />
        ) : null}
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
