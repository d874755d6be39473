import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** A link preview's picture: the view itself as a PNG in the social-card shape. */
export function previewImagePath(state: Partial<ViewState>): string {
  return `/api/graph.png${viewStateToQuery({ ...state, ...PREVIEW_SIZE }, ["asOf", "tiers", "layout", "lang", "width", "height"])}`;
}
