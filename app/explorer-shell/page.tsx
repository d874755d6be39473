import type { Metadata } from "next";
import { ExplorerFromUrl } from "../components/ExplorerFromUrl";
import { getExplorerPayload } from "@/lib/views/payload";

export const dynamic = "force-static";
export const metadata: Metadata = { robots: { index: false } };

/**
 * The explorer's static shell, prerendered once at build time: the same bytes for every view, so its inline
 * scripts can be hashed into a CSP and the page kept by shared caches. `/` serves it (app/route.ts) with the
 * view's own head; the view state itself is read from the URL in the browser.
 */
export default function ExplorerShell() {
  return <ExplorerFromUrl payload={getExplorerPayload()} />;
}
