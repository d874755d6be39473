import type { Ladder } from "@/lib/views/compare";
import { WithinTierSteps } from "./WithinTierSteps";
import { formatDate, formatRelationsDate, translator, tierName } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** The partner's upgrade ladder in one line of rungs: the same derivation as the compare page. */
export function LadderSummary({ ladder, lang }: { ladder: Ladder; lang: Lang }) {
  const t = translator(lang);
  return (
    <ol className="rungs" aria-label={t("ladders")} data-testid="ladder-summary">
      <li>
        {t("diplomaticRelations")}:{" "}
        {formatRelationsDate(
          ladder.relationsDate,
          ladder.relationsExistedBy,
          lang,
          ladder.relationsFromEncyclopedia,
        )}
      </li>
      {ladder.rungs.map((r) => (
        <li key={r.tier} data-status={r.status}>
          {tierName(lang, r.tier)}:{" "}
          {r.status === "reached" ? (
            <>
              {formatDate(r.date, lang)}
              {r.yearsFromPrevious !== null ? ` (${t("yearsAfter", { count: r.yearsFromPrevious })})` : ""}
              <WithinTierSteps rung={r} lang={lang} />
            </>
          ) : r.status === "skipped" ? (
            <em>{t("skipped")}</em>
          ) : (
            "—"
          )}
        </li>
      ))}
    </ol>
  );
}
