"use client";

import { useEffect } from "react";
import type { Lang, Theme } from "@/lib/schema/view-state";

/**
 * Sets `<html lang>` and the pinned theme from the view state. The root layout is static (so pages can be
 * prerendered and cached); the view's language and theme live in the URL, read after hydration.
 */
export function useDocumentAttributes(lang: Lang | null, theme: Theme | null): void {
  useEffect(() => {
    const root = document.documentElement;
    if (lang) root.lang = lang;
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
    else if (theme) delete root.dataset.theme;
  }, [lang, theme]);
}

export function DocumentAttributes({ lang, theme }: { lang: Lang; theme: Theme }) {
  useDocumentAttributes(lang, theme);
  return null;
}

/**
 * The tab title of a shell page, in its language. React inserts the static shell's generic English title while
 * hydrating, ahead of the view's own, so the view's title is set again once it is known.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
