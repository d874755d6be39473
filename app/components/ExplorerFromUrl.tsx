"use client";

import { todayInVietnam } from "@/lib/schema/dates";
import { explorerPayloadUrl, isExplorerPayload } from "@/lib/views/payload-shape";
import { explorerTitle } from "@/lib/views/page-titles";
import { useDocumentTitle } from "./DocumentAttributes";
import { useCachedJson } from "./useCachedJson";
import { Explorer } from "./Explorer";
import { SiteHeader } from "./SiteHeader";
import { ShellPlaceholder, useViewFromUrl } from "./useViewFromUrl";

/** The explorer read from the address bar, so the page's HTML is the same for every view. */
export function ExplorerFromUrl({ payloadUrl }: { payloadUrl: string }) {
  const state = useViewFromUrl();
  // A view pinned to a release (`v`) reads that release's payload; the shell names the latest one.
  const payload = useCachedJson(state?.v ? explorerPayloadUrl(state.v) : payloadUrl, isExplorerPayload);
  useDocumentTitle(state ? explorerTitle(state.asOf, state.lang) : null);
  if (!state || payload.kind !== "ready")
    return <ShellPlaceholder state={state} failed={payload.kind === "failed"} />;
  const { asOf, tiers, q, focus, layout, lang, leaders, v } = state;
  return (
    <>
      <SiteHeader lang={lang} />
      <main>
        <Explorer
          payload={payload.value}
          initial={{ asOf, tiers, q, focus, layout, lang, leaders, v }}
          today={todayInVietnam()}
        />
      </main>
    </>
  );
}
