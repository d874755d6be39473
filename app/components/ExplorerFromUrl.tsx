"use client";

import { useMemo, useSyncExternalStore } from "react";
import { parseViewState, type ViewState } from "@/lib/schema/view-state";
import { todayInVietnam } from "@/lib/schema/dates";
import { isExplorerPayload } from "@/lib/views/payload-shape";
import { translator } from "@/lib/i18n/messages";
import { useCachedJson } from "./useCachedJson";
import { Explorer } from "./Explorer";
import { SiteHeader } from "./SiteHeader";
import { useDocumentAttributes } from "./DocumentAttributes";

const noSubscription = () => () => undefined;

/**
 * Reads the explorer's view state from the address bar, so the page's HTML is the same for every view. The
 * proxy has already answered 400 for a bad query; a missing `lang` follows the browser's languages.
 */
function viewFromLocation(search: string): ViewState {
  const acceptLanguage = navigator.languages.join(",");
  try {
    return parseViewState(new URLSearchParams(search), { acceptLanguage });
  } catch {
    // Only a clock behind Vietnam's date can get here (an asOf "after today"): show today's view.
    return parseViewState(new URLSearchParams(), { acceptLanguage });
  }
}

export function ExplorerFromUrl({ payloadUrl }: { payloadUrl: string }) {
  // The server snapshot is null: the shell is prerendered without a view, and hydration fills it in.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  const state = useMemo(() => (search === null ? null : viewFromLocation(search)), [search]);
  useDocumentAttributes(state?.lang ?? null, state?.theme ?? null);
  const payload = useCachedJson(payloadUrl, null, isExplorerPayload);
  if (!state || payload.kind !== "ready")
    return payload.kind === "failed" && state ? (
      <main>
        <p role="alert">{translator(state.lang)("loadFailed")}</p>
      </main>
    ) : (
      <main aria-busy="true" />
    );
  const { asOf, tiers, q, focus, layout, lang, leaders } = state;
  return (
    <>
      <SiteHeader lang={lang} />
      <main>
        <Explorer
          payload={payload.value}
          initial={{ asOf, tiers, q, focus, layout, lang, leaders }}
          initialDetails={null}
          initialLeaderLinks={null}
          today={todayInVietnam()}
        />
      </main>
    </>
  );
}
