import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/**
 * The tab titles of the two shell pages, in the page's language. The server writes them into the head and the
 * browser sets them again after hydration, when React inserts the static shell's generic English title.
 */
export function explorerTitle(asOf: string, lang: Lang): string {
  return `${translator(lang)("tagline")} — ${formatDate(asOf, lang)}`;
}

export function compareTitle(a: string, b: string, lang: Lang): string {
  return translator(lang)("compareDocumentTitle", { a: formatDate(a, lang), b: formatDate(b, lang) });
}
