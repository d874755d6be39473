import type { Metadata } from "next";
import { headers } from "next/headers";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

/** Link previews: the page's own view as a PNG, so links unfurl in chats and social posts. */
export async function previewMetadata(
  state: Partial<ViewState>,
  title: string,
  description: string,
): Promise<Metadata> {
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const image = `${origin}/api/graph.png${viewStateToQuery({ ...state, width: 1200, height: 630 }, ["asOf", "tiers", "layout", "lang", "width", "height"])}`;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    openGraph: {
      title,
      description,
      images: [{ url: image, width: 1200, height: 630, alt: description }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
