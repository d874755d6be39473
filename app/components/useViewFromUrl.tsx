"use client";

import { useMemo, useSyncExternalStore } from "react";
import { translator } from "@/lib/i18n/messages";
import { parseViewState, type ViewState } from "@/lib/schema/view-state";
import { useDocumentAttributes } from "./DocumentAttributes";

const noSubscription = () => () => undefined;

/**
 * A shell page's view state from the address bar. The proxy has already answered 400 for a bad query; a
 * missing `lang` follows the browser's languages.
 */
function viewFromSearch(search: string): ViewState {
  const acceptLanguage = navigator.languages.join(",");
  try {
    return parseViewState(new URLSearchParams(search), { acceptLanguage });
  } catch {
    // Only a clock behind Vietnam's date can get here (an asOf "after today"): show today's view.
    return parseViewState(new URLSearchParams(), { acceptLanguage });
  }
}

/**
 * The view state of a page whose HTML is the same for every view (`/`, `/compare`): null while hydrating
 * the prerendered shell, then read from the URL, with `<html lang>` and the theme set from it.
 */
export function useViewFromUrl(): ViewState | null {
  // The server snapshot is null: the shell is prerendered without a view, and hydration fills it in.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
  const state = useMemo(() => (search === null ? null : viewFromSearch(search)), [search]);
  useDocumentAttributes(state?.lang ?? null, state?.theme ?? null);
  return state;
}

/** What a shell page shows until its view and data are there, or why they never came. */
export function ShellPlaceholder({ state, failed }: { state: ViewState | null; failed: boolean }) {
  return failed && state ? (
    <main>
      <p role="alert">{translator(state.lang)("loadFailed")}</p>
    </main>
  ) : (
    // The server writes the view's first lines into this element (lib/page-shell/first-view.ts): React keeps
    // what it finds inside an element it fills as HTML, and replaces it all when the view renders.
    <main aria-busy="true" dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
  );
}
