import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ViewState } from "@/lib/schema/view-state";
import { PREVIEW_SIZE, previewImagePath } from "@/lib/views/preview";

/** Link previews: the page's own view as a PNG, so links unfurl in chats and social posts. */
export async function previewMetadata(
  state: Partial<ViewState>,
  title: string,
  description: string,
): Promise<Metadata> {
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const image = `${origin}${previewImagePath(state)}`;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    openGraph: {
      title,
      description,
      images: [{ url: image, ...PREVIEW_SIZE, alt: description }],
      type: "website",
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
