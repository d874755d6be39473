import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { SiteHeader } from "../../components/SiteHeader";
import { DocumentAttributes } from "../../components/DocumentAttributes";
import { Citations } from "../../components/Citations";
import { Localized, OfficialNameLine } from "../../components/Localized";
import { pageViewState } from "../../view-state";
import { feedLinks } from "@/lib/feeds/links";
import { previewMetadata } from "../../metadata";
import { formatDate, tenureText, tierStepText, translator } from "@/lib/i18n/messages";
import { viewStateToQuery, type Lang, type QueryInput } from "@/lib/schema/view-state";
import { getLeaderPage, type LeaderPage } from "@/lib/views/leader-page";
import { leaderName, leaderOtherName } from "@/lib/views/localized";
import { leaderKeyFromSlug } from "@/lib/views/links";
import { localized } from "@/lib/views/localized";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<QueryInput> };

function findLeader(slug: string, v: string | null): LeaderPage | null {
  const id = leaderKeyFromSlug(slug);
  return id ? getLeaderPage(id, v) : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { v, lang } = await pageViewState(searchParams);
  const leader = findLeader((await params).slug, v);
  if (!leader) return { title: "Not found" };
  const name = leaderName(leader, lang);
  const other = leaderOtherName(leader, lang);
  const title = other ? `${name} (${other})` : name;
  return previewMetadata(
    {},
    title,
    translator(lang)("leaderDescription", {
      name,
      steps: leader.tierSteps.length,
      events: leader.events.length,
    }),
    feedLinks(lang),
  );
}

function countryLink(partner: { key: string; name: string; nameVi: string }, lang: Lang) {
  return (
    <a href={`/country/${partner.key}${lang === "vi" ? "?lang=vi" : ""}`}>
      {lang === "vi" ? partner.nameVi : partner.name}
    </a>
  );
}

/** A leader's offices, and the tier changes and events they took part in, each with its sources. */
export default async function LeaderPageView({ params, searchParams }: Props) {
  const { slug } = await params;
  const { lang, theme, v } = await pageViewState(searchParams);
  const leader = findLeader(slug, v);
  if (!leader) notFound();
  const t = translator(lang);
  const name = leaderName(leader, lang);
  const other = leaderOtherName(leader, lang);
  return (
    <>
      <SiteHeader lang={lang} />
      <DocumentAttributes lang={lang} theme={theme} />
      <main className="page" data-testid="leader-page">
        <h1>
          {name}{" "}
          {other && other !== name ? (
            <span className="muted" lang={lang === "vi" ? "en" : "vi"}>
              ({other})
            </span>
          ) : null}
        </h1>
        <p className="muted">{t("leaderPageOf")}</p>
        <p>
          <a
            href={`/${viewStateToQuery({ focus: leader.id, leaders: true, ...(lang === "vi" ? { lang } : {}) })}`}
            data-testid="leader-explorer-link"
          >
            {t("leaderInExplorer")}
          </a>
        </p>
        <h2>{t("leaderOffices")}</h2>
        <ul data-testid="leader-offices">
          {leader.offices.map((office, i) => (
            <li key={i} data-role={office.role}>
              <strong>
                <Localized value={localized(lang, office.title, office.titleVi)} lang={lang} />
              </strong>
              : {tenureText(office, lang)}
              <Citations citations={office.citations} lang={lang} />
            </li>
          ))}
        </ul>
        <h2>{t("tookPart")}</h2>
        {leader.tierSteps.length === 0 ? <p className="muted">{t("leaderNone")}</p> : null}
        <ol data-testid="leader-tier-steps">
          {leader.tierSteps.map((step) => (
            <li
              key={`${step.partner.key}-${step.date}`}
              data-key={step.partner.key}
              data-to={step.to}
              data-within-tier={step.withinTier || undefined}
            >
              <strong>{countryLink(step.partner, lang)}</strong>: {tierStepText(step, lang)},{" "}
              {formatDate(step.date, lang)}
              <OfficialNameLine step={step} lang={lang} />
              {step.event ? (
                <div>
                  <Localized value={localized(lang, step.event.title, step.event.titleVi)} lang={lang} />
                </div>
              ) : null}
              <Citations citations={step.citations} lang={lang} />
            </li>
          ))}
        </ol>
        <h2>{t("leaderEvents")}</h2>
        {leader.events.length === 0 ? <p className="muted">{t("leaderNone")}</p> : null}
        <ul data-testid="leader-events">
          {leader.events.map((e) => (
            <li key={e.id} data-event={e.id}>
              {formatDate(e.date, lang)}
              {e.endDate ? `–${formatDate(e.endDate, lang)}` : ""}:{" "}
              <Localized value={localized(lang, e.title, e.titleVi)} lang={lang} />
              {e.place ? `, ${e.place}` : ""}
              {e.partners.length ? (
                <>
                  {" "}
                  (
                  {e.partners.map((p, i) => (
                    <Fragment key={p.key}>
                      {i > 0 ? ", " : ""}
                      {countryLink(p, lang)}
                    </Fragment>
                  ))}
                  )
                </>
              ) : null}
              <Citations citations={e.citations} lang={lang} />
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
