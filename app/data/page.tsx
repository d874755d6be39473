import type { Metadata } from "next";
import { CONTENT_ID, SiteHeader } from "../components/SiteHeader";
import { Citations } from "../components/Citations";
import { pageViewState } from "../view-state";
import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
import { listReleases } from "@/lib/dataset/releases";
import { ReleaseNotes } from "../components/ReleaseNotes";
import { disagreementAboutVi } from "@/lib/views/release-text";
import { reconcileTotals } from "@/lib/views/totals";
import { datasetCoverage, evidenceOnlyCountries } from "@/lib/views/coverage";
import { formatDate, formatNumber, formatRelationsDate, translator } from "@/lib/i18n/messages";
import { viewStateToQuery, type QueryInput } from "@/lib/schema/view-state";
import { todayInVietnam } from "@/lib/schema/dates";
import { previewMetadata } from "../metadata";
import { DocumentAttributes } from "../components/DocumentAttributes";
import { RelationsTrack } from "../components/RelationsTrack";
import { CitationBlocks } from "../components/CitationBlocks";
import { headers } from "next/headers";
import { citePage } from "@/lib/cite/cited-page";
import { citedRelease, pinnedPath } from "@/lib/cite/release";
import { publicOrigin } from "@/lib/http/public-origin";
import { datasetJsonLd, inlineJson } from "@/lib/reuse/json-ld";
import { feedLinks } from "@/lib/feeds/links";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<QueryInput>;
}): Promise<Metadata> {
  const { lang } = await pageViewState(searchParams);
  const t = translator(lang);
  return previewMetadata({}, t("dataTitle"), t("dataDescription"), feedLinks(lang));
}

const MEASURE_NAMES: Record<string, { en: string; vi: string }> = {
  relations: { en: "countries with relations", vi: "quốc gia có quan hệ" },
  relationsUnMembers: { en: "UN members with relations", vi: "thành viên LHQ có quan hệ" },
  unMembersWithVietnam: {
    en: "UN members with relations, Vietnam included",
    vi: "thành viên LHQ có quan hệ, tính cả Việt Nam",
  },
  special: { en: "special relations", vi: "quan hệ đặc biệt" },
  "comprehensive-strategic": { en: "comprehensive strategic", vi: "đối tác chiến lược toàn diện" },
  strategic: { en: "strategic", vi: "đối tác chiến lược" },
  comprehensive: { en: "comprehensive", vi: "đối tác toàn diện" },
  strategicOrAbove: { en: "strategic incl. comprehensive strategic", vi: "chiến lược (kể cả CLTD)" },
  comprehensiveOrAbove: { en: "comprehensive or above", vi: "toàn diện trở lên" },
  strategicAndComprehensive: { en: "strategic and comprehensive", vi: "chiến lược và toàn diện" },
  frameworks: { en: "partnership frameworks", vi: "khuôn khổ đối tác" },
};

export default async function DataPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const { lang, theme, v } = await pageViewState(searchParams);
  const t = translator(lang);
  const dataset = getDataset(v);
  const release = getDatasetVersion(v);
  const coverage = datasetCoverage(dataset);
  const rows = reconcileTotals(dataset);
  const today = todayInVietnam();
  const n = (x: number) => formatNumber(x, lang);
  const h = await headers();
  const origin = publicOrigin(h);
  const cited = citedRelease(v);
  const citation = citePage({ page: `/data${viewStateToQuery({ lang, v }, ["lang", "v"])}`, origin, today });
  const langQuery = lang === "vi" ? "?lang=vi" : "";
  return (
    <>
      <SiteHeader lang={lang} />
      <DocumentAttributes lang={lang} theme={theme} />
      <main className="page" id={CONTENT_ID} tabIndex={-1}>
        {/* Data, not script: the CSP's nonce is given anyway, so no policy could take it for an inline script. */}
        <script
          type="application/ld+json"
          nonce={h.get("x-nonce") ?? undefined}
          dangerouslySetInnerHTML={{ __html: inlineJson(datasetJsonLd(cited, origin)) }}
        />
        <h1>{t("dataTitle")}</h1>
        <p>{t("dataIntro")}</p>
        <h2>{t("downloads")}</h2>
        <ul>
          <li>
            <a href={`/api/dataset?v=${release}`} download>
              {t("fullDataset")}
            </a>{" "}
            <span className="muted">({t("releaseTag", { version: release })})</span>
          </li>
          {(["csv", "json"] as const).map((format) => (
            <li key={`changes-${format}`}>
              <a
                href={`/api/changes?format=${format}${lang === "vi" ? "&lang=vi" : ""}`}
                download
                data-testid={`changes-${format}`}
              >
                {t(format === "csv" ? "changesCsv" : "changesJson")}
              </a>
            </li>
          ))}
          {(["csv", "gexf", "graphml", "json"] as const).map((format) => (
            <li key={format}>
              <a href={`/api/graph?asOf=${today}&format=${format}&lang=${lang}`} download>
                {t("graphAsOfToday")} — {format.toUpperCase()}
              </a>
            </li>
          ))}
        </ul>
        <ReleaseNotes
          releases={listReleases()}
          shown={release}
          lang={lang}
          aboutVi={disagreementAboutVi(dataset)}
        />
        <h2>{t("reuse")}</h2>
        <ul data-testid="reuse">
          <li>
            <a href={pinnedPath("/api/datapackage.json", cited)}>{t("dataPackage")}</a>
          </li>
          <li>
            <a href={pinnedPath("/api/dataset.zip", cited)} download>
              {t("datasetZip")}
            </a>
          </li>
          <li>
            <a href={`/feeds/changes.atom${langQuery}`}>{t("feedAtom")}</a> ·{" "}
            <a href={`/feeds/changes.json${langQuery}`}>{t("feedJson")}</a>
          </li>
          <li>
            <a href="/api" data-testid="api-reference">
              {t("apiReference")}
            </a>
          </li>
        </ul>
        <h2>{t("licence")}</h2>
        <p>{t("licenceText")}</p>
        <h2>{t("howToCite")}</h2>
        <p>{t("howToCiteIntro")}</p>
        {citation ? <CitationBlocks citation={citation} lang={lang} /> : null}
        <h2>{t("coverage")}</h2>
        <div className="table-scroll"><table className="rows" data-testid="coverage">
          <tbody>
            {(
              [
                [t("coverageCountries"), coverage.countries],
                [t("coverageEvidenceOnly"), coverage.relationsEvidenceOnly],
                [t("coverageOrganisations"), coverage.organisations],
                [t("coverageTierChanges"), coverage.tierChanges],
                [t("coverageLeaders"), coverage.leaders],
                [t("coverageEvents"), coverage.events],
                [t("coverageSources"), coverage.sources],
                [t("coverageCitations"), coverage.citations],
                [t("coverageStatements"), coverage.totals],
                [t("coverageDisagreements"), coverage.disagreements],
                [t("coverageDayPrecise"), `${n(coverage.datedToTheDay.relations)} / ${n(coverage.datedToTheDay.tierChanges)}`],
              ] as const
            ).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{typeof value === "number" ? n(value) : value}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
        <h2>{t("evidenceOnlyTitle")}</h2>
        <p>{t("evidenceOnlyIntro")}</p>
        <ul className="columns" data-testid="evidence-only">
          {evidenceOnlyCountries(dataset, lang).map((c) => (
            <li key={c.key}>
              <a href={`/country/${c.key}${lang === "vi" ? "?lang=vi" : ""}`}>{lang === "vi" ? c.nameVi : c.name}</a>{" "}
              <span className="muted">
                {formatRelationsDate(null, c.existedBy, lang)}
                {c.countedInTotal ? ` (${t("countedInTotal")})` : ""}
              </span>
            </li>
          ))}
        </ul>
        <RelationsTrack reconciliations={rows} lang={lang} />
        <h2>{t("reconciliation")}</h2>
        <p>{t("reconciliationIntro")}</p>
        <div className="table-scroll"><table className="rows" data-testid="reconciliation">
          <thead>
            <tr>
              <th scope="col">{t("statementDate")}</th>
              <th scope="col">{t("stated")}</th>
              <th scope="col">{t("inDataset")}</th>
              <th scope="col">{t("result")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.statement.id} data-matches={r.matches}>
                <td>
                  {formatDate(r.statement.date, lang)}
                  {r.statement.speaker ? <div className="muted">{r.statement.speaker}</div> : null}
                </td>
                <td>
                  {r.counts.map((c) => (
                    <div key={c.measure}>
                      {n(c.stated)} {MEASURE_NAMES[c.measure]?.[lang] ?? c.measure}
                    </div>
                  ))}
                  <details>
                    <summary>{t("citations")}</summary>
                    <p className="muted">{r.statement.counting}</p>
                    <Citations citations={r.citations} lang={lang} />
                  </details>
                </td>
                <td>
                  {r.counts.map((c) => (
                    <div key={c.measure}>
                      {c.couldAdd > 0 ? t("atLeast", { parts: n(c.dataset) }) : n(c.dataset)}
                      {c.couldAdd > 0 ? (
                        <div className="muted">{t("undatedShort", { count: c.couldAdd })}</div>
                      ) : null}
                    </div>
                  ))}
                </td>
                <td>
                  <span aria-label={r.matches ? t("matches") : t("differs")}>{r.matches ? "✓" : "✗"}</span>{" "}
                  {r.statement.expectedMismatch ? <span className="muted">{r.statement.expectedMismatch}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table></div>
      </main>
    </>
  );
}
