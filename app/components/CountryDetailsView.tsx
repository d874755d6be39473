import type { CountryDetails } from "@/lib/views/country-details";
import type { Lang } from "@/lib/schema/view-state";
import { formatDataValue, formatDate, translator, regionName, tierName } from "@/lib/i18n/messages";
import { TIER_STYLE } from "@/lib/render/palette";
import { Fragment } from "react";
import { leaderName, localized } from "@/lib/views/localized";
import { leaderHref } from "@/lib/views/links";
import { Citations } from "./Citations";
import { Localized, OfficialNameLine } from "./Localized";

function precisionNote(precision: "day" | "month" | "year", lang: Lang): string {
  const t = translator(lang);
  return precision === "day" ? "" : ` (${precision === "month" ? t("precisionMonth") : t("precisionYear")})`;
}

/** A partner's ladder, leaders, events and every citation. Works on the server and in the browser. */
export function CountryDetailsView({
  details,
  lang,
  headingLevel = 2,
  summary = null,
}: {
  details: CountryDetails;
  lang: Lang;
  headingLevel?: 1 | 2;
  /** Shown under the heading, e.g. the upgrade ladder on the country page. */
  summary?: React.ReactNode;
}) {
  const t = translator(lang);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const name = lang === "vi" ? details.nameVi : details.name;
  const other = lang === "vi" ? details.name : details.nameVi;
  return (
    <article data-testid="country-details" aria-label={`${t("details")}: ${name}`}>
      <Heading>
        {name}{" "}
        <span className="muted" lang={lang === "vi" ? "en" : "vi"}>
          ({other})
        </span>
      </Heading>
      <p className="muted">{regionName(lang, details.region)}</p>
      {summary}
      <h3>{t("ladder")}</h3>
      <ol className="ladder">
        {details.relations ? (
          <li>
            <strong>
              {t(details.relations.basis === "established" ? "diplomaticRelations" : "relationsExistedBy")}
            </strong>
            : {formatDate(details.relations.date, lang)}
            {precisionNote(details.relations.precision, lang)}
            {details.relations.fromEncyclopedia ? (
              <>
                {" "}
                <span className="encyclopedia-marker" data-testid="encyclopedia-marker">
                  {t("encyclopediaMarker")}
                </span>
                <p className="muted">{t("encyclopediaNote")}</p>
              </>
            ) : null}
            {details.relations.basis === "existedBy" ? (
              <p className="muted">{t("relationsExistedByNote")}</p>
            ) : null}
            {details.relations.note ? (
              <p className="muted">
                <Localized
                  value={localized(lang, details.relations.note, details.relations.noteVi)}
                  lang={lang}
                />
              </p>
            ) : null}
            <Citations citations={details.relations.citations} lang={lang} />
          </li>
        ) : null}
        {details.ladder.map((step, i) => (
          <li
            key={`${step.tier}-${step.date}-${i}`}
            style={{ borderLeftColor: TIER_STYLE[step.tier].colour }}
            data-testid="ladder-step"
            data-within-tier={step.withinTier || undefined}
          >
            {step.withinTier ? (
              <>
                <strong>{t("withinTierStep")}</strong> ({tierName(lang, step.tier)}; {t("withinTierNote")})
              </>
            ) : (
              <strong>{tierName(lang, step.tier)}</strong>
            )}
            : {formatDate(step.date, lang)}
            {precisionNote(step.precision, lang)}
            <OfficialNameLine step={step} lang={lang} />
            {step.leaders.length > 0 ? (
              <div>
                {t("leadersInvolved")}:{" "}
                {step.leaders.map((l, j) => (
                  <Fragment key={l.id}>
                    {j > 0 ? "; " : ""}
                    <a href={leaderHref(l.id, lang)}>{leaderName(l, lang)}</a>
                    {l.role ? (
                      <>
                        {" "}
                        (<Localized value={localized(lang, l.role, l.roleVi)} lang={lang} />)
                      </>
                    ) : null}
                  </Fragment>
                ))}
              </div>
            ) : null}
            {step.event ? (
              <div>
                <Localized value={localized(lang, step.event.title, step.event.titleVi)} lang={lang} />
              </div>
            ) : null}
            {step.note ? (
              <p className="muted">
                <Localized value={localized(lang, step.note, step.noteVi)} lang={lang} />
              </p>
            ) : null}
            <Citations citations={step.citations} lang={lang} />
          </li>
        ))}
      </ol>
      {details.events.length > 0 ? (
        <>
          <h3>{t("events")}</h3>
          <ul>
            {details.events.map((e) => (
              <li key={e.id}>
                {formatDate(e.date, lang)}
                {e.endDate ? `–${formatDate(e.endDate, lang)}` : ""}:{" "}
                <Localized value={localized(lang, e.title, e.titleVi)} lang={lang} />
                {e.place ? `, ${e.place}` : ""}
                <Citations citations={e.citations} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {details.disagreements.length > 0 ? (
        <section data-testid="disagreements">
          <h3>{t("disagreements")}</h3>
          {details.disagreements.map((d, i) => (
            <div key={i}>
              <p>
                <strong>
                  <Localized value={localized(lang, d.about, d.aboutVi)} lang={lang} />
                </strong>{" "}
                — {t("used")}: {formatDataValue(d.used, lang)}.{" "}
                <Localized value={localized(lang, d.reason, d.reasonVi)} lang={lang} />
              </p>
              {d.alternatives.map((a) => (
                <div key={a.value}>
                  {formatDataValue(a.value, lang)}
                  <Citations citations={a.citations} lang={lang} />
                </div>
              ))}
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
