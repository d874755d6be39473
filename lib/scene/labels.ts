import { BoxIndex, boxAround, inside, overlaps, type Box } from "./boxes";
import type { PlacedLabel, TextMeasurer } from "./types";

/**
 * Room around each label's text, per side: Cytoscape pads its label boxes by 2 px and by the text outline
 * (the halo, 2 px), so a label placed here never touches another's box as Cytoscape measures it.
 */
export const LABEL_PADDING = 4.5;
export const HALO_WIDTH = 2;
/**
 * Half the side of the box a mark keeps clear, as a multiple of its radius (a star reaches 1.3 r). A label
 * starts just outside that box, so its nearest spot is never refused because of its own mark.
 */
export const MARK_CLEARANCE = 1.35;

export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  /** Radius of the mark the label names. */
  r: number;
  /** Which way is "out" (radians): the label prefers that side of its mark. */
  outward: number;
  /** Full name first, then shorter forms. */
  texts: readonly string[];
  bold?: boolean;
  /** Where this label must stay, when not the scene's bounds (a map's inset keeps its own names). */
  bounds?: Box;
  /** Areas this label must not cross (the insets and their frames, for names on the world map). */
  avoid?: readonly Box[];
  /** Drawn only where it names its own mark unmistakably (a small picture's lower tiers): else left to tooltips. */
  optional?: boolean;
}

/** A labelled mark a reader could pin a label on. */
export interface RivalMark {
  key: string;
  x: number;
  y: number;
  r: number;
}

export interface LabelOptions {
  measure: TextMeasurer;
  fontSize: number;
  minFontSize: number;
  bounds: Box;
  /** Boxes nothing may cover: marks, ring captions, the legend. */
  obstacles: readonly Box[];
  /** How many rows out a label may move on a leader line (fewer for huge graphs, where time matters). */
  maxStep?: number;
  /**
   * Labelled marks: when given, a label first looks for a spot where no other of them is nearer to it than its
   * own mark (a reader pins a name on the nearest mark), and only then anywhere.
   */
  rivals?: readonly RivalMark[];
}

export interface Placement {
  placed: Map<string, PlacedLabel>;
  hidden: string[];
  /** Labels that found no spot nearer their own mark than a rival's, placed anyway (they may name the wrong one). */
  loose: string[];
}

/**
 * Where a label's letters sit round its centre, in em: the SVG writer moves the baseline 0.35 em below the centre,
 * and Noto Sans's line box (what a browser's getBBox gives, and what a reader sees as the name's extent) reaches
 * 1.069 em above the baseline and 0.293 em below.
 */
export const BASELINE_SHIFT = 0.35;
export const LINE_ABOVE = 1.069;
export const LINE_BELOW = 0.293;

/** The box a label's text covers as a browser draws it, from the label's centre, text width and size. */
export function drawnTextBox(x: number, y: number, textWidth: number, fontSize: number): Box {
  const baseline = y + BASELINE_SHIFT * fontSize;
  return {
    x0: x - textWidth / 2,
    x1: x + textWidth / 2,
    y0: baseline - LINE_ABOVE * fontSize,
    y1: baseline + LINE_BELOW * fontSize,
  };
}

/** How much nearer (px) another mark may be to a label than its own before the label names the wrong one. */
export const AMBIGUITY_MARGIN = 2;

/** From a mark's edge to a box (0 inside it, less its radius): how near a reader sees the mark to a label. */
export function gapToBox(mark: { x: number; y: number; r: number }, box: Box): number {
  const dx = Math.max(box.x0 - mark.x, 0, mark.x - box.x1);
  const dy = Math.max(box.y0 - mark.y, 0, mark.y - box.y1);
  return Math.hypot(dx, dy) - mark.r;
}

/** Whether another rival mark sits nearer the box than the label's own mark (by more than the margin). */
function namesAnother(req: LabelRequest, box: Box, rivals: readonly RivalMark[]): boolean {
  const self = rivals.find((m) => m.key === req.key) ?? req;
  const own = gapToBox(self, box) - AMBIGUITY_MARGIN + 0.5;
  return rivals.some((m) => m.key !== req.key && gapToBox(m, box) < own);
}

const DIRECTIONS = Array.from({ length: 48 }, (_, i) => (i * Math.PI) / 24);

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * Where the centre of a w×h label sits when it touches the box its mark keeps clear (radius r) from direction θ,
 * `step` rows further out. The box is square, so a label off a corner clears it sideways or vertically,
 * whichever comes first along θ: it never reaches into its own mark's box.
 */
function candidateCentre(req: LabelRequest, theta: number, w: number, h: number, step: number) {
  const ux = Math.cos(theta);
  const uy = Math.sin(theta);
  const clear = MARK_CLEARANCE * req.r + 1;
  const reach = Math.min(
    Math.abs(ux) > 1e-6 ? (w / 2 + clear) / Math.abs(ux) : Infinity,
    Math.abs(uy) > 1e-6 ? (h / 2 + clear) / Math.abs(uy) : Infinity,
  );
  const distance = reach + step * h * 0.9;
  return { x: req.x + ux * distance, y: req.y + uy * distance };
}

/**
 * Greedy placement in the order given (most important first): each label takes the first position that
 * stays inside the bounds and clears every mark and every label already placed — its outward side first,
 * then round the mark, then a little further out with a leader line, then a shorter name, then a smaller size.
 * With rivals, the labels that must be drawn look in three passes: for spots nearer their own mark than any
 * rival's; then nearer their own than any rival that will surely be named (an optional label's mark stays
 * unnamed where it would sit nearer a drawn name); then anywhere (returned as loose). Optional labels come last,
 * only where they name their own mark unmistakably and their mark sits no nearer another drawn name than that
 * name's own mark: a small picture's lower tiers never make a required name ambiguous.
 * What still finds no room is returned as hidden, never drawn over another label.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): Placement {
  const index = new BoxIndex();
  for (const box of options.obstacles) index.add(box);
  const placed = new Map<string, PlacedLabel>();
  // Which mark a name is pinned on is judged from its letters' box, as a reader (and the e2e measure) sees it.
  const textBoxes = new Map<string, Box>();
  const sizes: number[] = [];
  for (let s = options.fontSize; s >= options.minFontSize - 1e-9; s -= 1) sizes.push(s);
  if (sizes.length === 0) sizes.push(options.minFontSize);
  const rivals = options.rivals;
  const optionalKeys = new Set(requests.filter((req) => req.optional).map((req) => req.key));
  const sureRivals = rivals?.filter((m) => !optionalKeys.has(m.key));
  const rivalOf = new Map(rivals?.map((m) => [m.key, m]));

  /** Whether a mark, once named, would sit nearer a drawn label than that label's own mark. */
  const stealsFrom = (key: string): boolean => {
    const mark = rivalOf.get(key);
    if (!mark) return false;
    return [...textBoxes].some(([other, box]) => {
      const own = rivalOf.get(other);
      return (
        own !== undefined &&
        other !== key &&
        gapToBox(mark, box) < gapToBox(own, box) - AMBIGUITY_MARGIN + 0.5
      );
    });
  };

  const find = (req: LabelRequest, against: readonly RivalMark[] | undefined): PlacedLabel | null => {
    const directions = [...DIRECTIONS].sort((a, b) => angleGap(a, req.outward) - angleGap(b, req.outward));
    const bounds = req.bounds ?? options.bounds;
    for (let step = 0; step <= (options.maxStep ?? 6); step++)
      for (const text of req.texts)
        for (const fontSize of sizes) {
          const textWidth = options.measure(text, fontSize, req.bold ?? false);
          const width = textWidth + 2 * LABEL_PADDING;
          const height = fontSize + 2 * LABEL_PADDING;
          for (const theta of directions) {
            const c = candidateCentre(req, theta, width, height, step);
            const box = boxAround(c.x, c.y, width, height);
            if (!inside(box, bounds) || index.collides(box)) continue;
            if (req.avoid?.some((area) => overlaps(box, area))) continue;
            const letters = drawnTextBox(c.x, c.y, textWidth, fontSize);
            if (against && (namesAnother(req, letters, against) || namesAnother(req, box, against))) continue;
            index.add(box);
            textBoxes.set(req.key, letters);
            return {
              text,
              x: c.x,
              y: c.y,
              width,
              height,
              fontSize,
              bold: req.bold ?? false,
              leaderLine: step > 0,
            };
          }
        }
    return null;
  };

  const loose: string[] = [];
  const required = requests.filter((req) => !rivals || !req.optional);
  const passes: [readonly LabelRequest[], readonly RivalMark[] | undefined][] = rivals
    ? [
        [required, rivals],
        [required, sureRivals],
        [required, undefined],
        [requests.filter((req) => req.optional), rivals],
      ]
    : [[requests, undefined]];
  for (const [group, against] of passes)
    for (const req of group) {
      if (placed.has(req.key) || (req.optional && stealsFrom(req.key))) continue;
      const found = find(req, against);
      if (!found) continue;
      placed.set(req.key, found);
      if (rivals && !against) loose.push(req.key);
    }
  return { placed, hidden: requests.filter((req) => !placed.has(req.key)).map((req) => req.key), loose };
}
