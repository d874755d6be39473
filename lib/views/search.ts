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
  CZ: ["Séc", "Cộng hòa Séc", "Czechia", "Czech Republic"],
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
 * Words that open a state's full name in Vietnamese ("Cộng hòa Séc", "Vương quốc Anh"): a reader typing the
 * full name still finds the partner the data names by its short form ("Séc", "Anh").
 */
const STATE_FORMS = ["cong hoa", "vuong quoc", "lien bang", "nha nuoc", "quoc gia", "dai cong quoc"];

function withoutStateForm(folded: string): string | null {
  const form = STATE_FORMS.find((f) => folded.startsWith(`${f} `));
  return form ? folded.slice(form.length + 1) : null;
}

/** Vietnam's own names: a search for it finds the centre of the graph, not a partner named after it. */
export const HOME_NAMES = ["Vietnam", "Việt Nam", "Viet Nam", "Cộng hòa Xã hội Chủ nghĩa Việt Nam"];

/** Whether a query names Vietnam itself (as a prefix of one of its names: "viet", "việt n"). */
export function searchFindsHome(query: string): boolean {
  const q = foldForSearch(query);
  return q.length >= 2 && HOME_NAMES.some((name) => foldForSearch(name).startsWith(q));
}

/**
 * How well a query names a partner, best first: 0 a name (or its key, or an alias) starting with it, 1 a word
 * of a name starting with it, 2 a name containing it, 3 only the other fields (a partnership's official name);
 * null when it does not match. `names` are the partner's own names; `other` the further fields searched.
 */
export function searchRank(
  query: string,
  key: string,
  names: readonly (string | null | undefined)[],
  other: readonly (string | null | undefined)[] = [],
): number | null {
  const matches = searchMatcher(query);
  if (!matches(key, [...names, ...other])) return null;
  const q = foldForSearch(query);
  const short = withoutStateForm(q);
  const folded = names.filter((n): n is string => Boolean(n)).map(foldForSearch);
  const starts = (f: string, x: string) => f.startsWith(x);
  const wordStarts = (f: string, x: string) => f.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(x));
  if (key === query.trim().toUpperCase() || (ALIAS_TARGETS.get(q)?.has(key) ?? false)) return 0;
  for (const [rank, test] of [starts, wordStarts, (f: string, x: string) => f.includes(x)].entries())
    if (folded.some((f) => test(f, q) || (short !== null && test(f, short)))) return rank;
  return 3;
}

/** The partners a query finds, best first (ties keep their order). */
export function rankBySearch<T extends { key: string }>(
  query: string,
  items: readonly T[],
  names: (item: T) => readonly (string | null | undefined)[],
  other: (item: T) => readonly (string | null | undefined)[] = () => [],
): T[] {
  return items
    .map((item, index) => ({ item, index, rank: searchRank(query, item.key, names(item), other(item)) }))
    .filter((x): x is { item: T; index: number; rank: number } => x.rank !== null)
    .sort((x, y) => x.rank - y.rank || x.index - y.index)
    .map((x) => x.item);
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
  const short = withoutStateForm(q);
  const nameMatches = (name: string) => {
    const folded = foldForSearch(name);
    return word ? word.test(folded) : folded.includes(q) || (short !== null && folded === short);
  };
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
