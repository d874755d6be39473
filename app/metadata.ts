import type { Metadata } from "next";
import { headers } from "next/headers";
import { PRESET_SIZES } from "@/lib/schema/presets";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

/** Link previews: the page's own view as a PNG, so links unfurl in chats and social posts. */
export async function previewMetadata(
  state: Partial<ViewState>,
  title: string,
  description: string,
): Promise<Metadata> {
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const image = `${origin}/api/graph.png${viewStateToQuery({ ...state, preset: "social" }, ["asOf", "tiers", "layout", "lang", "preset"])}`;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    openGraph: {
      title,
      description,
      images: [{ url: image, ...PRESET_SIZES.social, alt: description }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
