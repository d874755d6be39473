import cytoscape, { type Core } from "cytoscape";
import { rendererOptions } from "@/lib/scene/detail";
import { leaderEmphasis } from "@/lib/scene/emphasis";
import type { SceneInk } from "@/lib/scene/theme";
import type { Scene } from "@/lib/scene/types";
import { mapDocument } from "@/lib/render/map-svg";
import { CANVAS_FONT_FAMILY } from "./canvas-measure";
import { sceneElements, sceneStylesheet } from "./scene-elements";
import { shiftInto, type Region } from "./visible-region";

const MOVE_MS = 450;
/** How far inside the visible part of the canvas a chosen mark is brought: room for its ring and name. */
const REVEAL_MARGIN = 36;

export interface Point {
  x: number;
  y: number;
}

export interface DrawerEvents {
  /** A partner's mark was tapped. */
  onSelect: (key: string) => void;
  /** The pointer is on (or a tap hit) a mark at this point of the canvas; null when it left or the view moved. */
  onTip: (tip: ({ key: string } & Point) | null) => void;
}

/**
 * The interactive canvas: Cytoscape drawing the scene of `lib/scene`, the same picture the SVG writer draws.
 * Its own chunk, loaded once the page has shown the scene's first picture, so the largest script never stands
 * between a reader and the graph.
 */
export interface SceneDrawer {
  /** Draws a scene; `animate` moves marks that stay from where they were. Resolves after the frame showing it. */
  draw(scene: Scene, animate: boolean): Promise<void>;
  setInk(ink: SceneInk): void;
  /** Dims marks outside `matches` and rings the focused one; a focused leader's links and partners stand out. */
  mark(matches: ReadonlySet<string> | null, focus: string | null): void;
  zoomBy(factor: number, around: Point): void;
  reset(): void;
  /** Where a mark is on the canvas now (zoom and pan applied). */
  positionOf(key: string): Point | null;
  /** Pans so a point of the scene lies inside `region` (canvas pixels), a little clear of its edges. */
  reveal(at: Point, region: Region): void;
  resize(): void;
  destroy(): void;
}

export function createSceneDrawer(
  container: HTMLElement,
  ink: SceneInk,
  /** A large scene (lib/scene/detail.ts) moves on a texture. */
  large: boolean,
  events: DrawerEvents,
): SceneDrawer {
  let currentInk = ink;
  let shown: Scene | null = null;
  // A map's countries are the SVG writer's own markup on a layer under Cytoscape's marks, moved with its view.
  const backdrop = document.createElement("div");
  backdrop.className = "canvas-map";
  backdrop.setAttribute("aria-hidden", "true");
  container.prepend(backdrop);
  const showMap = () => {
    if (!shown?.map) return backdrop.replaceChildren();
    const markup = mapDocument(shown, currentInk, CANVAS_FONT_FAMILY);
    const svg = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
    backdrop.replaceChildren(document.importNode(svg, true));
    followView();
  };
  const followView = () => {
    const { x, y } = cy.pan();
    backdrop
      .querySelector("g.viewport")
      ?.setAttribute("transform", `translate(${x} ${y}) scale(${cy.zoom()})`);
  };
  const cy: Core = cytoscape({
    container,
    style: sceneStylesheet(ink),
    minZoom: 0.5,
    maxZoom: 6,
    autoungrabify: true,
    boxSelectionEnabled: false,
    ...rendererOptions(large),
  });
  // A tapped leader is selected like a partner: their links and partners stand out (mark), the rest fades.
  cy.on("tap", "node.partner, node.leader", (event) => events.onSelect(event.target.id() as string));
  cy.on("mouseover tap", "node.partner, node.leader, node.home", (event) => {
    const p = event.target.renderedPosition() as Point;
    events.onTip({ key: event.target.id() as string, x: p.x, y: p.y });
  });
  cy.on("mouseout", "node", () => events.onTip(null));
  cy.on("viewport", () => events.onTip(null));
  cy.on("viewport", followView);

  return {
    draw(scene, animate) {
      const next = sceneElements(scene);
      const mapChanged = scene.map !== (shown?.map ?? null);
      shown = scene;
      if (mapChanged) showMap();
      const drawn = new Promise<void>((resolve) => cy.one("render", () => resolve()));
      if (cy.elements().empty()) cy.add(next);
      else
        cy.batch(() => {
          const keep = new Set(next.map((e) => e.data.id));
          cy.elements()
            .filter((e) => !keep.has(e.id()))
            .remove();
          for (const element of next) {
            const id = element.data.id ?? "";
            const existing = cy.getElementById(id);
            if (existing.nonempty()) {
              existing.data(element.data);
              existing.classes(element.classes ?? "");
              if (element.position) {
                const moves = existing.isNode() && animate && !id.startsWith("anchor:");
                if (moves) existing.animate({ position: element.position }, { duration: MOVE_MS });
                else existing.position(element.position);
              }
            } else cy.add(element);
          }
        });
      // Model coordinates are the box's pixels: at zoom 1 the scene fills the canvas exactly as laid out.
      cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
      followView();
      return drawn;
    },
    setInk(next) {
      if (next === currentInk) return;
      currentInk = next;
      cy.style(sceneStylesheet(next));
      showMap();
    },
    mark(matches, focus) {
      cy.nodes().removeClass("dim focused");
      cy.edges().removeClass("highlight dim");
      if (matches) {
        const faded = cy.nodes(".partner, .leader").filter((n) => !matches.has(n.id()));
        faded.addClass("dim");
        // A faded mark's name fades with it, and so does the line to its name.
        faded.connectedEdges(".leader-line").addClass("dim");
      }
      if (focus) cy.getElementById(focus).addClass("focused");
      const selected = shown ? leaderEmphasis(shown, focus) : null;
      if (selected) {
        cy.edges()
          .filter((e) => selected.links.has(e.id()))
          .addClass("highlight");
        cy.edges()
          .filter((e) => !selected.links.has(e.id()) && !e.hasClass("leader-line"))
          .addClass("dim");
        const faded = cy.nodes(".partner, .leader, .home").filter((n) => !selected.marks.has(n.id()));
        faded.addClass("dim");
        faded.connectedEdges(".leader-line").addClass("dim");
      }
    },
    zoomBy(factor, around) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: around });
    },
    reset() {
      cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    },
    reveal(at, region) {
      const zoom = cy.zoom();
      const pan = cy.pan();
      const shift = shiftInto({ x: at.x * zoom + pan.x, y: at.y * zoom + pan.y }, region, REVEAL_MARGIN);
      if (shift.x !== 0 || shift.y !== 0) cy.panBy(shift);
    },
    positionOf(key) {
      const node = cy.getElementById(key);
      return node.nonempty() ? (node.renderedPosition() as Point) : null;
    },
    resize() {
      cy.resize();
    },
    destroy() {
      cy.destroy();
      backdrop.remove();
    },
  };
}
