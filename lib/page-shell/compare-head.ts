import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { COMPARE_KEYS, compareDays } from "@/lib/views/compare";
import { compareTitle } from "@/lib/views/page-titles";
import { previewImagePath } from "@/lib/views/preview";
import { previewHeadTags } from "./preview-head";
import { feedLinks } from "@/lib/feeds/links";

/** A comparison's head: both dates in the title, its canonical address with both spelled out, `b` as the picture. */
export function compareHeadTags(state: ViewState, origin: string): string {
  const { a, b } = compareDays(state);
  return previewHeadTags({
    title: compareTitle(a, b, state.lang),
    description: `Vietnam's partnership tiers on ${a} and ${b}: what changed, with sources.`,
    // English is the page's own language: its address names only Vietnamese (as in the sitemap).
    page: `${origin}/compare${viewStateToQuery({ ...state, a, b, lang: state.lang === "vi" ? "vi" : undefined }, COMPARE_KEYS)}`,
    image: `${origin}${previewImagePath({ ...state, asOf: b })}`,
    feeds: feedLinks(state.lang),
  });
}
