import { boxAround, overlaps, type Box } from "./boxes";
import { AMBIGUITY_MARGIN, gapToBox, LABEL_PADDING } from "./labels";
import { markReach } from "./shapes";
import type { Scene, SceneNode } from "./types";

/**
 * What a reader can read in a scene, measured as /work/shared/legibility.md measures a canvas: label sizes,
 * overlaps, and which mark each label sits nearest. Boxes are the text's own (the placer's padding taken off, the
 * 2 px a browser's box keeps left on); a mark's radius is half its drawn shape's span, as Cytoscape renders it.
 */
export interface Legibility {
  labels: number;
  smallestFont: number;
  overlaps: number;
  /** Labelled partners whose label sits nearer another labelled partner's mark than their own. */
  ambiguous: string[];
  nearestOwnRatio: number;
  /** Partners with a framework drawn without a label. */
  unlabelled: string[];
}

const isPartner = (n: SceneNode) => n.kind === "country" || n.kind === "organisation";

function textBox(n: SceneNode): Box | null {
  const l = n.label;
  if (!l) return null;
  const trim = LABEL_PADDING - 2;
  return boxAround(l.x, l.y, l.width - 2 * trim, l.height - 2 * trim);
}

export function measureLegibility(scene: Scene): Legibility {
  const labelled = scene.nodes.filter((n) => n.label && (isPartner(n) || n.kind === "home"));
  const boxes = labelled.map((n) => ({ n, box: textBox(n) as Box }));
  let overlapCount = 0;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) overlapCount++;
  });
  const ambiguous = boxes
    .filter(({ n }) => isPartner(n))
    .filter(({ n, box }) => {
      const own = gapToBox({ ...n, r: markReach(n) }, box);
      return boxes.some(
        ({ n: other }) =>
          other !== n && gapToBox({ ...other, r: markReach(other) }, box) < own - AMBIGUITY_MARGIN,
      );
    })
    .map(({ n }) => n.key);
  const partnersLabelled = boxes.filter(({ n }) => isPartner(n)).length;
  return {
    labels: boxes.length,
    smallestFont: Math.min(...labelled.map((n) => n.label?.fontSize ?? Infinity)),
    overlaps: overlapCount,
    ambiguous,
    nearestOwnRatio: partnersLabelled === 0 ? 0 : 1 - ambiguous.length / partnersLabelled,
    unlabelled: scene.nodes.filter((n) => isPartner(n) && n.tier !== null && !n.label).map((n) => n.key),
  };
}
