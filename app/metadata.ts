import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";
import type { ViewState } from "@/lib/schema/view-state";
import { canonicalPath } from "@/lib/views/canonical";
import { cutAtWord } from "@/lib/views/cut-at-word";
import { PREVIEW_SIZE, previewImagePath } from "@/lib/views/preview";
import type { FeedLink } from "@/lib/feeds/links";

const SITE_NAME = "Bamboo";
/** What link previews show before cutting (Open Graph consumers typically keep about 200 characters). */
const DESCRIPTION_LENGTH = 200;

/** Link previews: the page's own view as a PNG, so links unfurl in chats and social posts. */
export async function previewMetadata(
  state: Partial<ViewState>,
  title: string,
  fullDescription: string,
  feeds: readonly FeedLink[] = [],
): Promise<Metadata> {
  const h = await headers();
  const origin = publicOrigin(h);
  const here = h.get("x-bamboo-url") ?? "/";
  const description = cutAtWord(fullDescription, DESCRIPTION_LENGTH);
  const image = `${origin}${previewImagePath(state)}`;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    // Feed discovery: <link rel="alternate" type="application/atom+xml|application/feed+json">.
    alternates: {
      canonical: `${origin}${canonicalPath(here.startsWith("/") ? here : "/")}`,
      types: Object.fromEntries(
        (["application/atom+xml", "application/feed+json"] as const).map((type) => [
          type,
          feeds.filter((f) => f.type === type).map(({ href, title }) => ({ url: href, title })),
        ]),
      ),
    },
    openGraph: {
      title,
      description,
      url: `${origin}${here.startsWith("/") ? here : "/"}`,
      siteName: SITE_NAME,
      images: [{ url: image, ...PREVIEW_SIZE, alt: description }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
