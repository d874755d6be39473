"use client";

import type { Ladder } from "@/lib/views/compare";
import { WithinTierSteps } from "./WithinTierSteps";
import {
  formatDate,
  formatNumber,
  formatRelationsDate,
  translator,
  regionName,
  tierName,
} from "@/lib/i18n/messages";
import type { Lang, ViewState } from "@/lib/schema/view-state";
import { LADDER_SORTS, REGIONS } from "@/lib/schema/view-state";
import { tierRank, TIER_CODES } from "@/lib/schema/tiers";

const SORTS: Record<(typeof LADDER_SORTS)[number], (a: Ladder, b: Ladder) => number> = {
  reached: (a, b) =>
    tierRank(b.current) - tierRank(a.current) || (a.currentSince ?? "").localeCompare(b.currentSince ?? ""),
  speed: (a, b) => (a.yearsToTop ?? 999) - (b.yearsToTop ?? 999),
  name: (a, b) => a.label.localeCompare(b.label, "en"),
};

/** One row per partner: each rung dated, years between rungs, skipped rungs shown as skipped. */
export function LadderTable({
  ladders,
  lang,
  sort,
  region,
  tiers,
  onChange,
}: {
  ladders: readonly Ladder[];
  lang: Lang;
  sort: ViewState["sort"];
  region: ViewState["region"];
  tiers: ViewState["tiers"];
  onChange: (patch: Partial<Pick<ViewState, "sort" | "region">>) => void;
}) {
  const t = translator(lang);
  const rows = ladders
    .filter((l) => (!region || l.region === region) && (!tiers || tiers.includes(l.current ?? "none")))
    .sort(SORTS[sort]);
  return (
    <section aria-labelledby="ladders-title">
      <h2 id="ladders-title">{t("ladders")}</h2>
      <p>
        <label>
          {t("sortBy")}{" "}
          <select
            value={sort}
            onChange={(e) => onChange({ sort: e.target.value as ViewState["sort"] })}
            data-testid="ladder-sort"
          >
            <option value="reached">{t("sortReached")}</option>
            <option value="speed">{t("sortSpeed")}</option>
            <option value="name">{t("country")}</option>
          </select>
        </label>{" "}
        <label>
          {t("region")}{" "}
          <select
            value={region ?? ""}
            onChange={(e) => onChange({ region: (e.target.value || undefined) as ViewState["region"] })}
            data-testid="ladder-region"
          >
            <option value="">{t("allRegions")}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionName(lang, r)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <div className="table-scroll">
        <table className="rows" data-testid="ladder-table">
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col">{t("diplomaticRelations")}</th>
              {TIER_CODES.filter((t) => t !== "special")
                .reverse()
                .map((t) => (
                  <th scope="col" key={t}>
                    {tierName(lang, t)}
                  </th>
                ))}
              <th scope="col">{t("yearsToTop")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr
                key={l.key}
                data-key={l.key}
                data-current={l.current ?? "none"}
                data-region={l.region}
                data-years={l.yearsToTop ?? ""}
              >
                <th scope="row">
                  <a href={`/country/${l.key}${lang === "vi" ? "?lang=vi" : ""}`}>
                    {lang === "vi" ? l.labelVi : l.label}
                  </a>
                </th>
                <td>
                  {formatRelationsDate(
                    l.relationsDate,
                    l.relationsExistedBy,
                    lang,
                    l.relationsFromEncyclopedia,
                  )}
                </td>
                {l.rungs[0]?.tier === "special" ? (
                  <td colSpan={3}>
                    {tierName(lang, "special")}: {formatDate(l.rungs[0].date, lang)}
                    <WithinTierSteps rung={l.rungs[0]} lang={lang} />
                  </td>
                ) : (
                  l.rungs.map((r) => (
                    <td key={r.tier} data-status={r.status} data-tier={r.tier}>
                      {r.status === "reached" ? (
                        <>
                          {formatDate(r.date, lang)}
                          {r.yearsFromPrevious !== null ? (
                            <span className="muted">
                              {" "}
                              ({t("yearsAfter", { count: r.yearsFromPrevious })})
                            </span>
                          ) : null}
                          <WithinTierSteps rung={r} lang={lang} />
                        </>
                      ) : r.status === "skipped" ? (
                        <em>{t("skipped")}</em>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))
                )}
                <td>{l.yearsToTop === null ? "—" : formatNumber(l.yearsToTop, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
