import type { Lang } from "@/lib/schema/view-state";
import type { LocalizedText } from "@/lib/views/localized";

/** Data text in the reader's language; an English fallback on a Vietnamese page says so to screen readers. */
export function Localized({ value, lang }: { value: LocalizedText | null; lang: Lang }) {
  if (!value) return null;
  return value.lang === lang ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}
