"use client";

import { useState } from "react";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang } from "@/lib/schema/view-state";
import { formatDate, formatRelationsDate, translator, regionName, tierName } from "@/lib/i18n/messages";
import { tierRank } from "@/lib/schema/tiers";

type SortKey = "label" | "tier" | "tierSince" | "relationsSince" | "region";

const compare: Record<SortKey, (a: ExplorerRow, b: ExplorerRow) => number> = {
  label: (a, b) => a.label.localeCompare(b.label, "en"),
  tier: (a, b) => tierRank(b.tier) - tierRank(a.tier) || a.label.localeCompare(b.label, "en"),
  tierSince: (a, b) => (a.tierSince ?? "9999").localeCompare(b.tierSince ?? "9999"),
  relationsSince: (a, b) => (a.relationsSince ?? "9999").localeCompare(b.relationsSince ?? "9999"),
  region: (a, b) => a.region.localeCompare(b.region) || a.label.localeCompare(b.label, "en"),
};

/** The caption's counts: countries, and organisations (the EU) apart. */
export function resultCounts(rows: readonly ExplorerRow[]): { count: number; organisations: number } {
  const organisations = rows.filter((r) => r.kind === "organisation").length;
  return { count: rows.length - organisations, organisations };
}

/** The canvas's accessible twin: the same rows, sortable, every country reachable by keyboard. */
export function CountryTable({
  rows,
  lang,
  focus,
  onSelect,
}: {
  rows: readonly ExplorerRow[];
  lang: Lang;
  focus: string | null;
  onSelect: (key: string) => void;
}) {
  const t = translator(lang);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "tier", descending: false });
  const sorted = [...rows].sort((a, b) => (sort.descending ? -1 : 1) * compare[sort.key](a, b));
  const header = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}>
      <button
        type="button"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}
      >
        {text}
        {sort.key === key ? (sort.descending ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="rows" id="country-table" data-testid="country-table">
        <caption>
          {t("table")} — {t("results", resultCounts(rows))}
        </caption>
        <thead>
          <tr>
            {header("label", t("country"))}
            {header("tier", t("tier"))}
            {header("tierSince", t("tierSince"))}
            {header("relationsSince", t("relationsSince"))}
            {header("region", t("region"))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr
              key={r.key}
              data-key={r.key}
              data-tier={r.tier ?? "none"}
              className={focus === r.key ? "selected" : undefined}
            >
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect(r.key)}
                  aria-pressed={focus === r.key}
                >
                  {lang === "vi" ? r.labelVi : r.label}
                </button>{" "}
                <span className="muted" lang={lang === "vi" ? "en" : "vi"}>
                  {lang === "vi" ? r.label : r.labelVi}
                </span>
              </td>
              <td>{tierName(lang, r.tier)}</td>
              <td>{formatDate(r.tierSinceDate, lang)}</td>
              <td>
                {formatRelationsDate(
                  r.relationsDate,
                  r.relationsExistedBy,
                  lang,
                  r.relationsFromEncyclopedia,
                )}
              </td>
              <td>{regionName(lang, r.region)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
