import type { Metadata } from "next";
import { headers } from "next/headers";
<<<<<<< HEAD
import { PRESET_SIZES } from "@/lib/schema/presets";
=======
import { publicOrigin } from "@/lib/http/public-origin";
>>>>>>> main
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
<<<<<<< HEAD
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const image = `${origin}/api/graph.png${viewStateToQuery({ ...state, preset: "social" }, ["asOf", "tiers", "layout", "lang", "preset"])}`;
=======
  const origin = publicOrigin(h);
  const here = h.get("x-bamboo-url") ?? "/";
  const description = cutAtWord(fullDescription, DESCRIPTION_LENGTH);
  const image = `${origin}/api/graph.png${viewStateToQuery({ ...state, width: 1200, height: 630 }, ["asOf", "tiers", "layout", "lang", "width", "height"])}`;
>>>>>>> main
  return {
    title,
    description,
    metadataBase: new URL(origin),
    openGraph: {
      title,
      description,
<<<<<<< HEAD
      images: [{ url: image, ...PRESET_SIZES.social, alt: description }],
=======
      url: `${origin}${here.startsWith("/") ? here : "/"}`,
      siteName: SITE_NAME,
      images: [{ url: image, width: 1200, height: 630, alt: description }],
>>>>>>> main
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
