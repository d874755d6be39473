"use client";

import { todayInVietnam } from "@/lib/schema/dates";
import { isExplorerPayload } from "@/lib/views/payload-shape";
import { useCachedJson } from "./useCachedJson";
import { Explorer } from "./Explorer";
import { SiteHeader } from "./SiteHeader";
import { ShellPlaceholder, useViewFromUrl } from "./useViewFromUrl";

/** The explorer read from the address bar, so the page's HTML is the same for every view. */
export function ExplorerFromUrl({ payloadUrl }: { payloadUrl: string }) {
  const state = useViewFromUrl();
  const payload = useCachedJson(payloadUrl, isExplorerPayload);
  if (!state || payload.kind !== "ready")
    return <ShellPlaceholder state={state} failed={payload.kind === "failed"} />;
  const { asOf, tiers, q, focus, layout, lang, leaders } = state;
  return (
    <>
      <SiteHeader lang={lang} />
      <main>
        <Explorer
          payload={payload.value}
          initial={{ asOf, tiers, q, focus, layout, lang, leaders }}
          today={todayInVietnam()}
        />
      </main>
    </>
  );
}
