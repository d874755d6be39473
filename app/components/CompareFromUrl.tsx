"use client";

import { useMemo } from "react";
import { todayInVietnam } from "@/lib/schema/dates";
import { compareDays, leaderRecords } from "@/lib/views/compare";
import { comparePayloadUrl, isComparePayload } from "@/lib/views/payload-shape";
import { CompareView } from "./CompareView";
import { SiteHeader } from "./SiteHeader";
import { compareTitle } from "@/lib/views/page-titles";
import { useDocumentTitle } from "./DocumentAttributes";
import { useCachedJson } from "./useCachedJson";
import { ShellPlaceholder, useViewFromUrl } from "./useViewFromUrl";

/**
 * `/compare` read from the address bar, so the page's HTML is the same for every comparison (as the
 * explorer's is): its data comes as one cacheable JSON file, and the leaders' tab is worked out here, with
 * today's date ending the tenures still open.
 */
export function CompareFromUrl({ payloadUrl }: { payloadUrl: string }) {
  const state = useViewFromUrl();
  const payload = useCachedJson(state?.v ? comparePayloadUrl(state.v) : payloadUrl, isComparePayload);
  const today = todayInVietnam();
  const days = state ? compareDays(state) : null;
  useDocumentTitle(state && days ? compareTitle(days.a, days.b, state.lang) : null);
  const ready = payload.kind === "ready" ? payload.value : null;
  const leaders = useMemo(
    () => (ready ? leaderRecords(ready.leaders, ready.partners, ready.ladders, today) : []),
    [ready, today],
  );
  if (!state || !ready) return <ShellPlaceholder state={state} failed={payload.kind === "failed"} />;
  return (
    <>
      <SiteHeader lang={state.lang} />
      <CompareView
        payload={ready}
        initial={{
          ...compareDays(state),
          tiers: state.tiers,
          layout: state.layout,
          lang: state.lang,
          sort: state.sort,
          region: state.region,
          v: state.v,
        }}
        today={today}
        leaders={leaders}
      />
    </>
  );
}
