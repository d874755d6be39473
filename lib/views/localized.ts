import type { Lang } from "@/lib/schema/view-state";

/** A text in the reader's language where the data has it, else the English original, marked as English. */
export interface LocalizedText {
  text: string;
  lang: Lang;
}

export function localized(lang: Lang, en: string, vi: string | null | undefined): LocalizedText {
  return lang === "vi" && vi ? { text: vi, lang: "vi" } : { text: en, lang: "en" };
}

export function officialNameOf(
  step: { officialName: string | null; officialNameVi?: string | null },
  lang: Lang,
): LocalizedText | null {
  return step.officialName ? localized(lang, step.officialName, step.officialNameVi) : null;
}
