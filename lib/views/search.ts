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

export function matchesSearch(query: string, fields: readonly (string | null | undefined)[]): boolean {
  const q = foldForSearch(query);
  if (!q) return true;
  return fields.some((f) => f && foldForSearch(f).includes(q));
}
