import { foldForSearch } from "./search";
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

/**
 * A leader's name on a page in `lang`. A Vietnamese name keeps its diacritics in English too ("Tô Lâm", never
 * "To Lam"): it is recognised as a Vietnamese name whose English spelling is the same letters stripped of marks.
 * Other leaders keep their usual English spelling ("Xi Jinping", not "Tập Cận Bình").
 */
export function leaderName(leader: { name: string; nameVi: string | null }, lang: Lang): string {
  if (!leader.nameVi) return leader.name;
  return lang === "vi" || foldForSearch(leader.nameVi) === foldForSearch(leader.name)
    ? leader.nameVi
    : leader.name;
}

/** The leader's name in the other language, where it differs (shown beside the page's own). */
export function leaderOtherName(leader: { name: string; nameVi: string | null }, lang: Lang): string | null {
  const other = leaderName(leader, lang === "vi" ? "en" : "vi");
  return other === leaderName(leader, lang) ? null : other;
}
