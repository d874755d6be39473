import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountryDetailsView } from "../../components/CountryDetailsView";
import { CONTENT_ID, SiteHeader } from "../../components/SiteHeader";
import { pageViewState } from "../../view-state";
import { feedLinks } from "@/lib/feeds/links";
import { getCountryDetails } from "@/lib/views/payload";
import { formatDate, tierName } from "@/lib/i18n/messages";
import type { QueryInput } from "@/lib/schema/view-state";
import { previewMetadata } from "../../metadata";
import { LadderSummary } from "../../components/LadderSummary";
import { getNetwork } from "@/lib/graph";
import { ladderOf } from "@/lib/views/compare";
import { todayInVietnam } from "@/lib/schema/dates";
import { DocumentAttributes } from "../../components/DocumentAttributes";
import { tierAt } from "@/lib/graph/timeline";
import { translator } from "@/lib/i18n/messages";

type Props = { params: Promise<{ iso2: string }>; searchParams: Promise<QueryInput> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { v, lang } = await pageViewState(searchParams);
  const details = getCountryDetails((await params).iso2, v);
  if (!details) return { title: "Not found" };
  const partner = getNetwork(v).partnerByKey.get(details.key);
  const current = partner ? tierAt(partner, todayInVietnam()) : null;
  const t = translator(lang);
  // Titled and described in the page's language, the name in the other language beside it.
  const [name, other] = lang === "vi" ? [details.nameVi, details.name] : [details.name, details.nameVi];
  const description = current
    ? t("countryDescriptionTier", {
        name,
        tier: tierName(lang, current.tier),
        date: formatDate(current.sinceDate, lang),
      })
    : t("countryDescriptionRelations", { name, date: formatDate(details.relations?.date ?? null, lang) });
  return previewMetadata(
    { focus: details.key },
    `${name} (${other})`,
    description,
    feedLinks(lang, details.key, lang === "vi" ? details.nameVi : details.name),
  );
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { iso2 } = await params;
  const { lang, theme, v } = await pageViewState(searchParams);
  const details = /^[A-Z]{2}$/.test(iso2) ? getCountryDetails(iso2, v) : null;
  if (!details) notFound();
  const partner = getNetwork(v).partnerByKey.get(details.key);
  return (
    <>
      <SiteHeader lang={lang} />
      <DocumentAttributes lang={lang} theme={theme} />
      <main className="page" id={CONTENT_ID} tabIndex={-1}>
        <CountryDetailsView
          details={details}
          lang={lang}
          headingLevel={1}
          summary={
            partner ? <LadderSummary ladder={ladderOf(partner, todayInVietnam())} lang={lang} /> : null
          }
        />
        {details.ladder.length > 0 ? (
          <p>
            <a
              href={`/api/changes?format=csv&focus=${details.key}${lang === "vi" ? "&lang=vi" : ""}`}
              download
              data-testid="country-changes-csv"
            >
              {translator(lang)("countryChangesCsv")}
            </a>
          </p>
        ) : null}
      </main>
    </>
  );
}
