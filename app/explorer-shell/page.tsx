import type { Metadata } from "next";
import { preload } from "react-dom";
import { ExplorerFromUrl } from "../components/ExplorerFromUrl";
import { getDatasetVersion } from "@/lib/dataset/version";
import { explorerPayloadUrl } from "@/lib/views/payload-shape";

export const dynamic = "force-static";
/**
 * No title, description or robots of its own (null drops the layout's defaults): the route serving the shell
 * writes the view's own head in its language (lib/page-shell), and whatever metadata the shell declared would
 * be inserted by React during hydration beside it (English back, a second description, noindex). The shell's
 * own address is a 404 (proxy.ts), so it needs no noindex.
 */
export const metadata: Metadata = { title: null, description: null };

/**
 * The explorer's static shell, prerendered once at build time: the same bytes for every view, so its inline
 * scripts can be hashed into a CSP and the page kept by shared caches. `/` serves it (app/route.ts) with the
 * view's own head; the view state itself is read from the URL in the browser, and the data the explorer needs
 * comes as one cacheable JSON file, preloaded from the head so it downloads alongside the scripts.
 */
export default function ExplorerShell() {
  const payloadUrl = explorerPayloadUrl(getDatasetVersion());
  preload(payloadUrl, { as: "fetch", crossOrigin: "anonymous" });
  return <ExplorerFromUrl payloadUrl={payloadUrl} />;
}
