/**
 * Shorter forms tried before a label is moved far from its mark or hidden: the forms newsrooms use.
 * Keyed by node key and language.
 */
const SHORT: Record<string, { en?: string; vi?: string }> = {
  AE: { en: "UAE", vi: "UAE" },
  GB: { en: "UK", vi: "Anh" },
  US: { en: "US", vi: "Mỹ" },
  KR: { en: "S. Korea", vi: "Hàn Quốc" },
  KP: { en: "N. Korea", vi: "Triều Tiên" },
  NZ: { en: "NZ" },
  EU: { en: "EU", vi: "EU" },
  CZ: { en: "Czechia", vi: "Séc" },
  CD: { en: "DR Congo", vi: "CHDC Congo" },
  CF: { en: "C. African Rep.", vi: "CH Trung Phi" },
  DO: { en: "Dominican Rep.", vi: "CH Dominica" },
  BA: { en: "Bosnia & Herz.", vi: "Bosnia" },
  VC: { en: "St Vincent", vi: "St Vincent" },
  KN: { en: "St Kitts & Nevis" },
  TT: { en: "Trinidad & Tob." },
  ST: { en: "São Tomé" },
  AG: { en: "Antigua & Barb." },
  PG: { en: "Papua N. G." },
  SA: { en: "Saudi Arabia", vi: "Ả Rập Xê-út" },
  ZA: { en: "S. Africa", vi: "Nam Phi" },
};

export function shortName(key: string, lang: "en" | "vi"): string | null {
  return SHORT[key]?.[lang] ?? null;
}
