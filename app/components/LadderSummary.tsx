import type { Ladder } from "@/lib/views/compare";
import { formatDate, MESSAGES, tierName } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** The partner's upgrade ladder in one line of rungs: the same derivation as the compare page. */
export function LadderSummary({ ladder, lang }: { ladder: Ladder; lang: Lang }) {
  const m = MESSAGES[lang];
  return (
    <ol className="rungs" aria-label={m.ladders} data-testid="ladder-summary">
      <li>
        {m.diplomaticRelations}: {formatDate(ladder.relationsDate, lang)}
      </li>
      {ladder.rungs.map((r) => (
        <li key={r.tier} data-status={r.status}>
          {tierName(lang, r.tier)}:{" "}
          {r.status === "reached" ? (
            <>
              {formatDate(r.date, lang)}
              {r.yearsFromPrevious !== null ? ` (+${r.yearsFromPrevious} ${m.years})` : ""}
            </>
          ) : r.status === "skipped" ? (
            <em>{m.skipped}</em>
          ) : (
            "—"
          )}
        </li>
      ))}
    </ol>
  );
}
