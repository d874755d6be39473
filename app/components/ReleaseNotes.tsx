import { formatDate, translator } from "@/lib/i18n/messages";
import type { Release } from "@/lib/dataset/release-files";
import type { Lang } from "@/lib/schema/view-state";
import { changeWhat, releaseSummary } from "@/lib/views/release-text";
import { Localized } from "./Localized";

/**
 * Every release, newest first, with its changelog: what each added, corrected (value before and after) or
 * removed, and the quotes that support it. The release the page shows is marked.
 */
export function ReleaseNotes({
  releases,
  shown,
  lang,
  aboutVi,
}: {
  releases: Release[];
  shown: string;
  lang: Lang;
  /** The Vietnamese of each disagreement's `about`, by its English. */
  aboutVi: Record<string, string>;
}) {
  const t = translator(lang);
  return (
    <section aria-labelledby="releases" data-testid="releases">
      <h2 id="releases">{t("releases")}</h2>
      <p>{t("releasesIntro")}</p>
      <p data-testid="release-shown">{t("releaseShown", { version: shown })}</p>
      <ol className="releases">
        {releases.map((release, i) => (
          <li key={release.version} data-version={release.version}>
            <details open={i === 0}>
              <summary>
                <strong>{release.version}</strong>{" "}
                {i === 0 ? <span className="muted">({t("releaseLatest")}) </span> : null}
                {formatDate(release.date, lang)} ·{" "}
                <Localized value={releaseSummary(release, lang)} lang={lang} /> ·{" "}
                {t("releaseChangeCount", { count: release.changes.length })}
              </summary>
              {/* A link inside <summary> would nest one control in another: it sits under it. */}
              <p>
                <a href={`/data?v=${release.version}${lang === "vi" ? "&lang=vi" : ""}`}>
                  {t("releaseOpen", { version: release.version })}
                </a>
              </p>
              {release.changes.length === 0 ? <p className="muted">{t("releaseNoChanges")}</p> : null}
              <ul data-testid="release-changes">
                {release.changes.map((change, j) => (
                  <li key={j} data-kind={change.kind}>
                    <strong>{t("changeKind", { kind: change.kind })}</strong> {change.key} —{" "}
                    <Localized
                      value={changeWhat(change.what, lang, (about) => aboutVi[about] ?? null)}
                      lang={lang}
                    />
                    {change.before !== undefined ? (
                      <div>
                        <span className="muted">{t("changeBefore")}:</span> {change.before}
                      </div>
                    ) : null}
                    {change.after !== undefined ? (
                      <div>
                        <span className="muted">{t("changeAfter")}:</span> {change.after}
                      </div>
                    ) : null}
                    {change.citations.length > 0 ? (
                      <ul className="muted">
                        {change.citations.map((c, k) => (
                          <li key={k}>
                            “{c.quote}”{" "}
                            {c.url ? (
                              <a href={c.url} rel="noopener noreferrer">
                                {new URL(c.url).hostname}
                              </a>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
