import type { Metadata } from "next";
import { preload } from "react-dom";
import { CompareFromUrl } from "../components/CompareFromUrl";
import { getDatasetVersion } from "@/lib/dataset/version";
import { comparePayloadUrl } from "@/lib/views/payload-shape";

export const dynamic = "force-static";
/**
 * No title, description or robots of its own (null drops the layout's defaults): the route serving the shell
 * writes the view's own head in its language (lib/page-shell), and whatever metadata the shell declared would
 * be inserted by React during hydration beside it (English back, a second description, noindex). The shell's
 * own address is a 404 (proxy.ts), so it needs no noindex.
 */
export const metadata: Metadata = { title: null, description: null };

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
