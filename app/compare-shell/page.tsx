import type { Metadata } from "next";
import { preload } from "react-dom";
import { CompareFromUrl } from "../components/CompareFromUrl";
import { getDatasetVersion } from "@/lib/dataset/version";
import { comparePayloadUrl } from "@/lib/views/payload-shape";

export const dynamic = "force-static";
/**
 * No title of its own (null drops the layout's default): the route adds the view's title in its language to the
 * head, and a title here would be inserted by React during hydration, ahead of it, putting English back.
 */
export const metadata: Metadata = { title: null, robots: { index: false } };

/**
 * The comparison's static shell, prerendered once at build time like the explorer's (app/explorer-shell):
 * `/compare` serves it (app/compare/route.ts) with the comparison's own head, and the browser reads the two
 * dates from the URL and the data from one cacheable JSON file, preloaded from the head.
 */
export default function CompareShell() {
  const payloadUrl = comparePayloadUrl(getDatasetVersion());
  preload(payloadUrl, { as: "fetch", crossOrigin: "anonymous" });
  return <CompareFromUrl payloadUrl={payloadUrl} />;
}
