import type { TierCode } from "@/lib/schema/tiers";
import type { Lang, Layout } from "@/lib/schema/view-state";

/** Width in px of `text` set at `fontSize` px (`bold` for Vietnam's own label): the font that draws it measures it. */
export type TextMeasurer = (text: string, fontSize: number, bold: boolean) => number;

export type MarkShape = "diamond" | "star" | "triangle" | "round-rectangle" | "ellipse";

/** A partner (or organisation) on the date, as the scene needs it. */
export interface ScenePartner {
  key: string;
  kind: "country" | "organisation";
  tier: TierCode | null;
  label: string;
  labelVi: string;
  lat: number;
  lon: number;
}

export interface SceneLeader {
  key: string;
  label: string;
  /** The leader's own country: Vietnam's leaders sit in a band round the centre, others beside their country. */
  country: string;
  /** The partners whose upgrades or events involved them. */
  partners: readonly string[];
}

/** What a view asks the scene for: everything is in px of the box the scene is drawn into. */
export interface SceneInput {
  partners: readonly ScenePartner[];
  leaders: readonly SceneLeader[];
  width: number;
  height: number;
  lang: Lang;
  layout: Layout;
  /** Countries with relations but no framework: a quiet band of unlabelled dots unless expanded. */
  expandUnaligned: boolean;
  measure: TextMeasurer;
  /** Partners named even in the quiet band, and before any other partner: the selection and search hits. */
  named?: ReadonlySet<string>;
  /** The smallest label size allowed; labels that cannot fit at it are shortened, offset, then hidden. */
  minFontSize: number;
  /** The preferred label size. */
  fontSize: number;
  /** Partners to point out (an animation's frame: those whose tier just changed): ringed, and always named. */
  highlight?: readonly string[];
  /** The world's shapes and their projection: `layout: "geo"` needs it (lib/scene/world-map.ts, loaded on demand). */
  world?: WorldMap;
}

/** How a country's shape is shaded: by its partner's tier, quiet grey, Vietnam's own, or plain land. */
export type MapTone = TierCode | "none" | "home" | "land";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One drawing of the world or of a region of it, in a rectangle of the scene. */
export interface MapPanel extends Rect {
  /** Country shapes as SVG path data, by tone (one path per tone keeps the bytes down). */
  shapes: { tone: MapTone; d: string }[];
  /** An enlarged region of the main map: framed, named, and drawn over it. */
  inset: { name: string; caption: PlacedLabel; frame: Rect } | null;
}

/** The map under a geographic scene's marks: the world first, then its insets. */
export interface SceneMap {
  panels: MapPanel[];
}

export interface MapLayout {
  map: SceneMap;
  /** Where each partner's mark sits (in its inset when its region has one), and Vietnam's. */
  at: ReadonlyMap<string, { x: number; y: number; panel: number }>;
}

/** Projects the world into a box: the scene asks it for a map, so d3-geo and the shapes stay out of rings views. */
export interface WorldMap {
  layout(
    partners: readonly ScenePartner[],
    box: { width: number; height: number },
    options: { lang: Lang; fontSize: number; measure: TextMeasurer },
  ): MapLayout;
}

export interface PlacedLabel {
  text: string;
  /** Centre of the label's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  /** A leader line from the mark to the label when the label had to move away from it. */
  leaderLine: boolean;
}

export interface SceneNode {
  key: string;
  kind: "home" | "country" | "organisation" | "leader";
  tier: TierCode | null;
  x: number;
  y: number;
  /** Radius of the mark. */
  r: number;
  shape: MarkShape;
  fill: string;
  /** The full name in the view's language: tooltips and alt text use it even when the label is short or hidden. */
  name: string;
  /** The name in the other language, for tooltips. */
  otherName: string;
  label: PlacedLabel | null;
  /** Partners of the band without a framework are drawn small and quiet. */
  quiet: boolean;
}

export interface SceneEdge {
  key: string;
  source: string;
  target: string;
  kind: "partnership" | "involvement";
  /** Where a routed link bends between its ends, in order from the source (none: a straight line). */
  via?: { x: number; y: number }[];
}

export interface RingGuide {
  tier: TierCode | "none";
  rx: number;
  ry: number;
  /** Null when no side of the ring had room for it (the legend names the tier). */
  caption: PlacedLabel | null;
}

export interface Scene {
  width: number;
  height: number;
  cx: number;
  cy: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  rings: RingGuide[];
  /** Partner keys in reading order — ring by ring from the centre, clockwise from the top: arrow keys follow it. */
  order: string[];
  /** The map under the marks (geographic layout only). */
  map: SceneMap | null;
  /** Keys of partners whose label found no room even shortened; the view lists them elsewhere (tooltip, table). */
  hiddenLabels: string[];
  /** Keys of the drawn marks to point out with a ring (SceneInput.highlight that are in the picture). */
  highlight: string[];
}
