import type { Comparison } from "@/lib/views/compare";
import type { Lang } from "@/lib/schema/view-state";
import { csvDocument, csvField } from "./csv";

const HEADERS: Record<Lang, string[]> = {
  en: ["change", "key", "name", "from", "to", "date", "leaders", "source"],
  vi: ["thay đổi", "mã", "tên", "từ", "đến", "ngày", "lãnh đạo", "nguồn"],
};

/** One row per change between the two dates: tier changes and steps within a tier, then new relations. */
export function comparisonToCsv(diff: Comparison, lang: Lang): string {
  const name = (x: { label: string; labelVi: string }) => (lang === "vi" ? x.labelVi : x.label);
  const lines = [HEADERS[lang].map(csvField).join(",")];
  for (const c of diff.changes) {
    lines.push(
      [
        // A renaming inside a tier is its own kind of row, never a change of tier.
        c.withinTier ? "within-tier" : "tier",
        c.key,
        name(c),
        c.from, // no tier before: an empty cell, as in every CSV
        c.to,
        c.date,
        c.step?.leaders.map((l) => l.name).join("; ") ?? "",
        c.step?.citations[0]?.url ?? "",
      ]
        .map(csvField)
        .join(","),
    );
  }
  for (const r of diff.newRelations)
    lines.push(["relations", r.key, name(r), "", "", r.date, "", ""].map(csvField).join(","));
  return csvDocument(lines);
}
