import { getGraphAsOf } from "@/lib/graph";
import { formatDate, translator } from "@/lib/i18n/messages";
import { altText } from "@/lib/render/alt-text";
import { escapeXml } from "@/lib/render/escape-xml";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { cutAtWord } from "@/lib/views/cut-at-word";
import { PREVIEW_SIZE, previewImagePath } from "@/lib/views/preview";

/** What link previews show before cutting (Open Graph consumers keep about 200 characters). */
const DESCRIPTION_LENGTH = 200;

/**
 * The explorer's head for one view: title, description, Open Graph and Twitter previews of that view, and
 * oEmbed discovery, so a pasted link unfurls as the view it names. Every value is escaped.
 */
export function explorerHeadTags(state: ViewState, origin: string): string {
  const title = `${translator(state.lang)("tagline")} — ${formatDate(state.asOf, state.lang)}`;
  const description = cutAtWord(altText(getGraphAsOf(state), state.asOf, state.lang), DESCRIPTION_LENGTH);
  const page = `${origin}/${viewStateToQuery(state)}`;
  const image = `${origin}${previewImagePath(state)}`;
  const oembed = `${origin}/api/oembed?format=json&url=${encodeURIComponent(page)}`;
  const meta = (attribute: "name" | "property", key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeXml(String(value))}"/>`;
  return [
    `<title>${escapeXml(title)}</title>`,
    meta("name", "description", description),
    `<link rel="canonical" href="${escapeXml(page)}"/>`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeXml(oembed)}" title="Bamboo"/>`,
    meta("property", "og:title", title),
    meta("property", "og:description", description),
    meta("property", "og:type", "website"),
    meta("property", "og:url", page),
    meta("property", "og:site_name", "Bamboo"),
    meta("property", "og:image", image),
    meta("property", "og:image:width", PREVIEW_SIZE.width),
    meta("property", "og:image:height", PREVIEW_SIZE.height),
    meta("property", "og:image:alt", description),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", title),
    meta("name", "twitter:description", description),
    meta("name", "twitter:image", image),
  ].join("");
}
