import { PRESET_SIZES } from "@/lib/schema/presets";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

export const PREVIEW_SIZE = PRESET_SIZES.social;

/** A link preview's picture: the view itself as a PNG laid out for the `social` preset. */
export function previewImagePath(state: Partial<ViewState>): string {
  return `/api/graph.png${viewStateToQuery({ ...state, preset: "social" }, ["asOf", "tiers", "layout", "lang", "preset", "v"])}`;
}
