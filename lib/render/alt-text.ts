import type { ViewGraph } from "@/lib/graph";
import { formatDate, tierName, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { TIER_CODES, type TierCode } from "@/lib/schema/tiers";

export interface AltPartner {
  kind: "country" | "organisation";
  label: string;
  labelVi: string;
  tier: TierCode | null;
}

/** A sentence a screen reader (or an image's alt) can say about a view, built from the data alone. */
export function altTextFor(
  partners: readonly AltPartner[],
  asOf: string,
  lang: Lang,
  undatedCount = 0,
): string {
  const byTier = new Map<string, string[]>();
  for (const p of partners)
    byTier.set(p.tier ?? "none", [
      ...(byTier.get(p.tier ?? "none") ?? []),
      lang === "vi" ? p.labelVi : p.label,
    ]);
  const countries = partners.filter((p) => p.kind === "country").length;
  const parts = TIER_CODES.filter((t) => byTier.has(t)).map((t) => {
    const names = (byTier.get(t) ?? []).sort((x, y) => x.localeCompare(y, lang));
    return `${tierName(lang, t)}: ${names.length} (${names.join(", ")})`;
  });
  const date = formatDate(asOf, lang);
  // A count that undated countries could add to says so (contract: Lower bounds).
  const atLeast = undatedCount > 0 ? (lang === "vi" ? "ít nhất " : "at least ") : "";
  const undated = undatedCount > 0 ? ` ${translator(lang)("undatedNote", { count: undatedCount })}` : "";
  return lang === "vi"
    ? `Tính đến ${date}: ${parts.join("; ")}. Quan hệ ngoại giao với ${atLeast}${countries} quốc gia trong chế độ xem này.${undated}`
    : `As of ${date}: ${parts.join("; ")}. Diplomatic relations with ${atLeast}${countries} countries in this view.${undated}`;
}

export function altText(graph: ViewGraph, asOf: string, lang: Lang): string {
  const partners: AltPartner[] = [];
  graph.forEachNode((_key, a) => {
    if (a.kind === "country" || a.kind === "organisation")
      partners.push({ kind: a.kind, label: a.label, labelVi: a.labelVi, tier: a.tier });
  });
  return altTextFor(partners, asOf, lang, graph.getAttribute("undatedCount"));
}
