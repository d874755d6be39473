import { TIER_FILTER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { TIER_STYLE } from "@/lib/render/palette";
import { formatDate, translator, tierName } from "@/lib/i18n/messages";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang } from "@/lib/schema/view-state";
import { TierMark } from "./Legend";

/** What the details panel shows before a partner is chosen: counts per tier and the latest tier changes. */
export function ExplorerOverview({
  asOf,
  counts,
  latest,
  lang,
  onSelect,
}: {
  asOf: string;
  counts: Record<TierFilterCode, number>;
  latest: readonly ExplorerRow[];
  lang: Lang;
  onSelect: (key: string) => void;
}) {
  const t = translator(lang);
  return (
    <section className="overview" data-testid="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{t("overviewTitle")}</h2>
      <p className="muted">{formatDate(asOf, lang)}</p>
      <dl>
        {TIER_FILTER_CODES.map((tier) => (
          <div key={tier} style={{ display: "contents" }}>
            <dt>
              <TierMark shape={TIER_STYLE[tier].shape} colour={TIER_STYLE[tier].colour} />
              {tierName(lang, tier)}
            </dt>
            <dd data-testid={`overview-count-${tier}`}>{counts[tier]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("latestChanges")}</h3>
      <ol data-testid="overview-latest">
        {latest.map((row) => (
          <li key={row.key}>
            <button type="button" className="link" onClick={() => onSelect(row.key)}>
              {lang === "vi" ? row.labelVi : row.label}
            </button>{" "}
            — {tierName(lang, row.tier)}, {formatDate(row.tierSinceDate, lang)}
          </li>
        ))}
      </ol>
      <p className="muted">{t("pickPartner")}</p>
    </section>
  );
}

/** "Comprehensive strategic partnership since 7 March 2024": a partner's tier on the view's date. */
export function TierSummary({ row, lang }: { row: ExplorerRow; lang: Lang }) {
  return (
    <p data-testid="details-summary">
      <TierMark shape={TIER_STYLE[row.tier ?? "none"].shape} colour={TIER_STYLE[row.tier ?? "none"].colour} />{" "}
      <strong>
        {translator(lang)("tierSinceSummary", {
          tier: tierName(lang, row.tier),
          date: formatDate(row.tierSinceDate, lang),
        })}
      </strong>
    </p>
  );
}
