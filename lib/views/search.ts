/** Folds case and Vietnamese diacritics so "han quoc" finds "Hàn Quốc" (đ is a letter, not a mark). */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Everyday names people type that the data's official names do not contain: "Mỹ" is what Vietnamese readers
 * call the US (officially "Hoa Kỳ"), "UK" is not in "United Kingdom". Small on purpose: names, not guesses.
 */
export const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ["Mỹ", "Hoa Kỳ", "US", "USA", "U.S.", "America", "United States of America"],
  GB: ["Anh", "UK", "U.K.", "Britain", "Great Britain", "England"],
  KR: ["Hàn", "Hàn Quốc", "Nam Hàn", "Korea", "South Korea", "Republic of Korea"],
  KP: ["Triều Tiên", "Bắc Triều Tiên", "North Korea", "DPRK"],
  RU: ["Nga", "Russian Federation"],
  CN: ["Trung Quốc", "Trung", "PRC"],
  JP: ["Nhật", "Nhật Bản"],
  AU: ["Úc", "Aussie"],
  AE: ["UAE", "Emirates"],
  DE: ["Đức"],
  NL: ["Hà Lan", "Holland"],
  CZ: ["Séc", "Czechia"],
  SA: ["Saudi", "Ả Rập Xê Út"],
  EU: ["Liên minh châu Âu", "EU"],
};

const ALIAS_TARGETS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const targets = new Map<string, Set<string>>();
  for (const [key, aliases] of Object.entries(SEARCH_ALIASES))
    for (const alias of aliases) {
      const folded = foldForSearch(alias);
      targets.set(folded, (targets.get(folded) ?? new Set()).add(key));
    }
  return targets;
})();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A predicate for one query, folded once. The key matches only when typed as it is ("MY" is Malaysia, "Mỹ"
 * is not). A query that is a known alias finds its country, and names that hold it as a whole word ("Trung"
 * also finds "Trung Phi"), but not names that merely contain its letters ("UK" is not in "Ukraine", "US" not
 * in "Australia"). Any other query matches names as a substring.
 */
export function searchMatcher(
  query: string,
): (key: string, names: readonly (string | null | undefined)[]) => boolean {
  const q = foldForSearch(query);
  if (!q) return () => true;
  const typedKey = query.trim().toUpperCase();
  const targets = ALIAS_TARGETS.get(q);
  const word = targets ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(q)}($|[^\\p{L}\\p{N}])`, "u") : null;
  const nameMatches = (name: string) =>
    word ? word.test(foldForSearch(name)) : foldForSearch(name).includes(q);
  return (key, names) =>
    key === typedKey ||
    (targets?.has(key) ?? false) ||
    names.some((n) => n !== null && n !== undefined && nameMatches(n));
}

export function matchesSearch(
  query: string,
  key: string,
  names: readonly (string | null | undefined)[],
): boolean {
  return searchMatcher(query)(key, names);
}
