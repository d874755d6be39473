"use client";

import type { SyntheticEvent } from "react";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** The address bar's query with only `lang` changed: every other choice on the page survives the switch. */
function withLanguage(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  return `?${params.toString()}`;
}

/**
 * The link to the same page in the other language, on every page (in SiteHeader). Pages such as the explorer
 * rewrite their query as the reader works, so the address is read when the link is followed, not when drawn.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const other: Lang = lang === "vi" ? "en" : "vi";
  // Just before the link is followed (click, middle-click, keyboard), point it at the current address.
  const aim = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${window.location.pathname}${withLanguage(window.location.search, other)}`;
  };
  return (
    <a
      className="language-switch"
      href={withLanguage("", other)}
      hrefLang={other}
      lang={other}
      data-testid="language-switch"
      onPointerDown={aim}
      onFocus={aim}
      onClick={aim}
    >
      {translator(lang)("language")}
    </a>
  );
}
