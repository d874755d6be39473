import type { Metadata } from "next";
import { headers } from "next/headers";
import { PRESET_SIZES } from "@/lib/schema/presets";
import { publicOrigin } from "@/lib/http/public-origin";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { cutAtWord } from "@/lib/views/cut-at-word";

const SITE_NAME = "Bamboo";
/** What link previews show before cutting (Open Graph consumers typically keep about 200 characters). */
const DESCRIPTION_LENGTH = 200;

/** Link previews: the page's own view as a PNG, so links unfurl in chats and social posts. */
export async function previewMetadata(
  state: Partial<ViewState>,
  title: string,
  fullDescription: string,
): Promise<Metadata> {
  const h = await headers();
  const origin = publicOrigin(h);
  const here = h.get("x-bamboo-url") ?? "/";
  const description = cutAtWord(fullDescription, DESCRIPTION_LENGTH);
  const image = `${origin}/api/graph.png${viewStateToQuery({ ...state, preset: "social" }, ["asOf", "tiers", "layout", "lang", "preset"])}`;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    openGraph: {
      title,
      description,
      url: `${origin}${here.startsWith("/") ? here : "/"}`,
      siteName: SITE_NAME,
      images: [{ url: image, ...PRESET_SIZES.social, alt: description }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
