import { getGraphAsOf } from "@/lib/graph";
import { altText } from "@/lib/render/alt-text";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { cutAtWord } from "@/lib/views/cut-at-word";
import { explorerTitle } from "@/lib/views/page-titles";
import { previewImagePath } from "@/lib/views/preview";
import { previewHeadTags } from "./preview-head";
import { feedLinks } from "@/lib/feeds/links";

/** What link previews show before cutting (Open Graph consumers keep about 200 characters). */
const DESCRIPTION_LENGTH = 200;

/** The explorer's head for one view: its date in the title, its alt text as the description. */
export function explorerHeadTags(state: ViewState, origin: string): string {
  // English is the page's own language: its address names only Vietnamese, like the sitemap's and every link's.
  const page = `${origin}/${viewStateToQuery({ ...state, lang: state.lang === "vi" ? "vi" : undefined })}`;
  return previewHeadTags({
    title: explorerTitle(state.asOf, state.lang),
    description: cutAtWord(altText(getGraphAsOf(state), state.asOf, state.lang), DESCRIPTION_LENGTH),
    page,
    image: `${origin}${previewImagePath(state)}`,
    oembed: `${origin}/api/oembed?format=json&url=${encodeURIComponent(page)}`,
    feeds: feedLinks(state.lang),
  });
}
