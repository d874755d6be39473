import { escapeXml } from "@/lib/render/escape-xml";
import type { Lang } from "@/lib/schema/view-state";
import type { FeedEntry } from "./entries";

/** What a feed is, in whichever format it is written. */
export interface FeedHead {
  /** The feed's permanent id (a URN). */
  id: string;
  title: string;
  /** The page the feed follows, and the feed's own address (both absolute). */
  page: string;
  self: string;
  lang: Lang;
  /** The newest entry's `updated`, or the release's day when there is none. */
  updated: string;
  author: string;
}

/** Bamboo's Atom extension: the date as the source gives it, with its precision. */
export const BAMBOO_NAMESPACE = "urn:bamboo:ns:feed:1";

function entryXml(entry: FeedEntry): string {
  const quotes = entry.citations
    .map((c) => {
      const name = c.publisher ?? c.url ?? "";
      const source = c.url ? `<a href="${escapeXml(c.url)}">${escapeXml(name)}</a>` : escapeXml(name);
      const cite = c.url ? ` cite="${escapeXml(c.url)}"` : "";
      return `<blockquote${cite}><p>${escapeXml(c.quote)}</p></blockquote><p>— ${source}</p>`;
    })
    .join("");
  const html = `<p>${escapeXml(entry.summary)}</p>${quotes}`;
  return [
    "<entry>",
    `<id>${escapeXml(entry.id)}</id>`,
    `<title>${escapeXml(entry.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `<updated>${entry.updated}</updated>`,
    `<published>${entry.updated}</published>`,
    `<bamboo:date precision="${entry.datePrecision}">${escapeXml(entry.date)}</bamboo:date>`,
    `<summary type="text">${escapeXml(entry.summary)}</summary>`,
    // The HTML is escaped once more to sit in the element as text, as Atom's type="html" asks.
    `<content type="html">${escapeXml(html)}</content>`,
    ...entry.citations.flatMap((c) => (c.url ? [`<link rel="related" href="${escapeXml(c.url)}"/>`] : [])),
    "</entry>",
  ].join("");
}

/** An Atom 1.0 feed (RFC 4287), entries in the order given. */
export function atomFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:bamboo="${BAMBOO_NAMESPACE}" xml:lang="${head.lang}">`,
    `<id>${escapeXml(head.id)}</id>`,
    `<title>${escapeXml(head.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(head.page)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(head.self)}"/>`,
    `<updated>${head.updated}</updated>`,
    `<author><name>${escapeXml(head.author)}</name></author>`,
    ...entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
