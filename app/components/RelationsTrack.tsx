import { formatDate, formatNumber, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { relationsTrack, type Reconciliation } from "@/lib/views/totals";

/** /data: every official number of countries with relations against the dataset's count on its date. */
export function RelationsTrack({
  reconciliations,
  lang,
}: {
  reconciliations: readonly Reconciliation[];
  lang: Lang;
}) {
  const t = translator(lang);
  const n = (x: number) => formatNumber(x, lang);
  const track = relationsTrack(reconciliations);
  const signed = (x: number) => (x > 0 ? `+${n(x)}` : x < 0 ? `−${n(-x)}` : n(0));
  return (
    <section aria-labelledby="track-title">
      <h2 id="track-title">{t("trackTitle")}</h2>
      <p>{t("trackIntro")}</p>
      <p data-testid="track-summary">
        {t("trackSummary", { count: track.filter((p) => p.tracks).length, max: String(track.length) })}
      </p>
      <div className="table-scroll">
        <table className="rows" data-testid="relations-track">
          <thead>
            <tr>
              <th scope="col">{t("statementDate")}</th>
              <th scope="col">{t("stated")}</th>
              <th scope="col">{t("inDataset")}</th>
              <th scope="col">{t("trackDifference")}</th>
              <th scope="col">{t("trackUndated")}</th>
              <th scope="col">{t("result")}</th>
            </tr>
          </thead>
          <tbody>
            {track.map(({ reconciliation: r, count, difference, tracks }) => (
              <tr key={`${r.statement.id}-${count.measure}`} data-tracks={tracks}>
                <td>
                  {formatDate(r.statement.date, lang)}
                  {r.statement.speaker ? <div className="muted">{r.statement.speaker}</div> : null}
                </td>
                <td>{n(count.stated)}</td>
                <td>{count.couldAdd > 0 ? t("atLeast", { parts: n(count.dataset) }) : n(count.dataset)}</td>
                <td>{signed(difference)}</td>
                <td title={r.undated.map((c) => (lang === "vi" ? c.nameVi : c.name)).join(", ")}>
                  {count.couldAdd > 0 ? n(count.couldAdd) : "—"}
                </td>
                <td>
                  <span aria-label={tracks ? t("tracks") : t("trackGap")}>{tracks ? "✓" : "✗"}</span>{" "}
                  {!tracks && r.statement.expectedMismatch ? (
                    <span className="muted">{r.statement.expectedMismatch}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
