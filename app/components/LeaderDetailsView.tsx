import type { Lang } from "@/lib/schema/view-state";
import { formatDate, tierStepText, translator } from "@/lib/i18n/messages";
import type { ChangeRow } from "@/lib/views/changes";
import { leaderHref } from "@/lib/views/links";
import { leaderName } from "@/lib/views/localized";
import { Citations } from "./Citations";

/** The selected leader's name as the changes give it, in the reader's language (as their page writes it). */
function nameIn(rows: readonly ChangeRow[], id: string, lang: Lang, fallback: string): string {
  const leader = rows.flatMap((r) => r.leaders).find((l) => l.id === id);
  return leader ? leaderName(leader, lang) : fallback;
}

/** A selected leader in the explorer's details: each tier step they took part in (partner, date, tier), cited. */
export function LeaderDetailsView({
  id,
  name,
  steps,
  lang,
}: {
  id: string;
  /** The name the graph shows, until the steps name the leader themselves. */
  name: string;
  steps: readonly ChangeRow[];
  lang: Lang;
}) {
  const t = translator(lang);
  const shown = nameIn(steps, id, lang, name);
  return (
    <article data-testid="leader-details" aria-label={`${t("details")}: ${shown}`}>
      <h2>{shown}</h2>
      <p className="muted">{t("leaderPageOf")}</p>
      <h3>{t("tookPart")}</h3>
      {steps.length === 0 ? <p className="muted">{t("leaderNone")}</p> : null}
      <ol data-testid="leader-steps">
        {steps.map((step) => (
          <li key={`${step.key}-${step.date}`} data-key={step.key} data-to={step.tierAfter}>
            <strong>{lang === "vi" ? step.nameVi : step.name}</strong>:{" "}
            {tierStepText(
              { from: step.tierBefore, to: step.tierAfter, withinTier: step.change === "within-tier" },
              lang,
            )}
            , {formatDate(step.date, lang)}
            <Citations citations={step.citations} lang={lang} />
          </li>
        ))}
      </ol>
      <p>
        <a href={leaderHref(id, lang)} data-testid="leader-page-link">
          {t("openLeaderPage")}
        </a>
      </p>
    </article>
  );
}
