import { boxAround, type Box } from "./boxes";
import type { LabelRequest } from "./labels";
import type { Rect, SceneMap } from "./types";

const boxOf = (r: Rect): Box => ({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height });

/**
 * Where the labels of each map panel may go: an inset's names stay inside it; the world's names keep off the
 * insets. Inset captions are obstacles for every label.
 */
export function mapAreas(map: SceneMap): {
  of: (panel: number) => Pick<LabelRequest, "bounds" | "avoid">;
  captions: Box[];
} {
  const insets = map.panels.flatMap((p) => (p.inset ? [p] : []));
  // A name may cross a frame's thin outline (its halo keeps it readable), never an inset.
  const avoidOnWorld = insets.map(boxOf);
  const captions = insets.flatMap((p) =>
    p.inset
      ? [boxAround(p.inset.caption.x, p.inset.caption.y, p.inset.caption.width, p.inset.caption.height)]
      : [],
  );
  return {
    of: (panel) => {
      const p = map.panels[panel];
      if (!p || panel === 0) return { avoid: avoidOnWorld };
      const inner = 2;
      return {
        bounds: { x0: p.x + inner, y0: p.y + inner, x1: p.x + p.width - inner, y1: p.y + p.height - inner },
      };
    },
    captions,
  };
}
