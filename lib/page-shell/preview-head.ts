import { escapeXml } from "@/lib/render/escape-xml";
import { PREVIEW_SIZE } from "@/lib/views/preview";
import type { FeedLink } from "@/lib/feeds/links";

export interface PreviewHead {
  title: string;
  description: string;
  /** The page's own absolute address (canonical, og:url). */
  page: string;
  /** The view as a PNG (absolute), for Open Graph and Twitter cards. */
  image: string;
  /** Where oEmbed consumers ask about the page, when it has an embeddable twin. */
  oembed?: string;
  /** Feeds the page announces. */
  feeds?: readonly FeedLink[];
}

/**
 * A shell page's head for one view: title, description, canonical link, Open Graph and Twitter previews, and
 * oEmbed discovery, so a pasted link unfurls as the view it names. Every value is escaped.
 */
export function previewHeadTags(head: PreviewHead): string {
  const meta = (attribute: "name" | "property", key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeXml(String(value))}"/>`;
  return [
    `<title>${escapeXml(head.title)}</title>`,
    meta("name", "description", head.description),
    `<link rel="canonical" href="${escapeXml(head.page)}"/>`,
    head.oembed
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeXml(head.oembed)}" title="Bamboo"/>`
      : "",
    ...(head.feeds ?? []).map(
      (f) =>
        `<link rel="alternate" type="${f.type}" href="${escapeXml(f.href)}" title="${escapeXml(f.title)}"/>`,
    ),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:type", "website"),
    meta("property", "og:url", head.page),
    meta("property", "og:site_name", "Bamboo"),
    meta("property", "og:image", head.image),
    meta("property", "og:image:width", PREVIEW_SIZE.width),
    meta("property", "og:image:height", PREVIEW_SIZE.height),
    meta("property", "og:image:alt", head.description),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", head.title),
    meta("name", "twitter:description", head.description),
    meta("name", "twitter:image", head.image),
  ].join("");
}
