import { z } from "zod";
import type { FeedHead } from "./atom";
import type { FeedEntry } from "./entries";

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as Bamboo writes it; `_bamboo` is our extension. */
export const JsonFeed = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  language: z.enum(["en", "vi"]),
  authors: z.array(z.object({ name: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      content_text: z.string(),
      summary: z.string(),
      date_published: z.string(),
      _bamboo: z.object({
        date: z.string(),
        datePrecision: z.enum(["day", "month", "year"]),
        officialName: z.string().nullable(),
        citations: z.array(
          z.object({ url: z.string().nullable(), publisher: z.string().nullable(), quote: z.string() }),
        ),
      }),
    }),
  ),
});
export type JsonFeed = z.infer<typeof JsonFeed>;

export function jsonFeed(head: FeedHead, entries: readonly FeedEntry[]): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: head.title,
    home_page_url: head.page,
    feed_url: head.self,
    language: head.lang,
    authors: [{ name: head.author }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.link,
      title: e.title,
      content_text: [
        e.summary,
        ...e.citations.map((c) => `“${c.quote}” — ${[c.publisher, c.url].filter(Boolean).join(" ")}`),
      ].join("\n\n"),
      summary: e.summary,
      date_published: e.updated,
      _bamboo: {
        date: e.date,
        datePrecision: e.datePrecision,
        officialName: e.officialName,
        citations: e.citations,
      },
    })),
  };
}
