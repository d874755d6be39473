import { formatDate, translator, tierName } from "@/lib/i18n/messages";
import { renderSnapshotSvg } from "@/lib/render/snapshot";
import type { ViewState } from "@/lib/schema/view-state";
import { compareDates } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";
import { HeightReporter } from "./HeightReporter";

/** Two inline pictures share one document: their title and description ids must not collide. */
function withOwnIds(svg: string, suffix: string): string {
  return svg.replace(/bamboo-(title|desc)/g, `bamboo-$1-${suffix}`);
}

/**
 * The comparison embed (/embed?a=&b=): both dates as pictures from the same SVG writer as /api/graph.svg,
 * side by side (stacked when the frame is narrow), then the list of what changed. Server-rendered: the
 * pictures and the list are in the HTML, only the height report runs in the browser.
 */
export function CompareEmbed({
  state,
  a,
  b,
  fullViewUrl,
}: {
  state: ViewState;
  a: string;
  b: string;
  fullViewUrl: string;
}) {
  const t = translator(state.lang);
  const payload = getComparePayload();
  const diff = compareDates(payload.partners, payload.details, a, b, state.tiers);
  const label = (x: { label: string; labelVi: string }) => (state.lang === "vi" ? x.labelVi : x.label);
  const picture = (day: string, suffix: string) =>
    withOwnIds(
      renderSnapshotSvg({ ...state, asOf: day, preset: state.preset ?? "article", scale: 1 }),
      suffix,
    );
  return (
    <main className="embed compare-embed">
      <h1 className="view-title">
        {state.title ?? `${t("compareTitle")}: ${formatDate(a, state.lang)} — ${formatDate(b, state.lang)}`}
      </h1>
      {state.subtitle ? <p className="muted">{state.subtitle}</p> : null}
      <div className="compare-pictures">
        {/* The SVG writer escapes every label and quote; nothing here comes from the request unescaped. */}
        <figure data-date={a} dangerouslySetInnerHTML={{ __html: picture(a, "a") }} />
        <figure data-date={b} dangerouslySetInnerHTML={{ __html: picture(b, "b") }} />
      </div>
      <h2>{t("changes")}</h2>
      <ol data-testid="compare-changes">
        {diff.changes.map((c) => (
          <li key={`${c.key}-${c.date}`} data-key={c.key} data-to={c.to}>
            <strong>{label(c)}</strong>: {tierName(state.lang, c.from)} → {tierName(state.lang, c.to)},{" "}
            {formatDate(c.date, state.lang)}
          </li>
        ))}
      </ol>
      {diff.newRelations.length > 0 ? (
        <>
          <h3>{t("newRelations")}</h3>
          <ul data-testid="compare-new-relations">
            {diff.newRelations.map((r) => (
              <li key={r.key}>
                {label(r)} — {formatDate(r.date, state.lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="credit">
        <a href={fullViewUrl} target="_blank" rel="noopener">
          {t("credit")}
        </a>
      </p>
      <HeightReporter />
    </main>
  );
}
