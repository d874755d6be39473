import type { Rung } from "@/lib/views/compare";
import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** A rung's later steps inside its tier (renamings, enhancements), dated, never shown as new rungs. */
export function WithinTierSteps({ rung, lang }: { rung: Rung; lang: Lang }) {
  if (rung.withinTier.length === 0) return null;
  const t = translator(lang);
  return (
    <span className="muted" data-testid="within-tier">
      {rung.withinTier.map((step) => (
        <span key={step.date} title={step.officialName ?? undefined}>
          {" "}
          · {t("withinTierStep")}: {formatDate(step.date, lang)}
        </span>
      ))}
    </span>
  );
}
