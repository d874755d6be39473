import { Explorer } from "./components/Explorer";
import { SiteHeader } from "./components/SiteHeader";
import { pageViewState } from "./view-state";
import { getCountryDetails, getExplorerPayload, getLeaderLinks } from "@/lib/views/payload";
import { todayInVietnam } from "@/lib/schema/dates";
import type { QueryInput } from "@/lib/schema/view-state";
import type { Metadata } from "next";
import { previewMetadata } from "./metadata";
import { getGraphAsOf } from "@/lib/graph";
import { altText } from "@/lib/render/alt-text";
import { formatDate, translator } from "@/lib/i18n/messages";

type Props = { searchParams: Promise<QueryInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = await pageViewState(searchParams);
  const title = `${translator(state.lang)("tagline")} — ${formatDate(state.asOf, state.lang)}`;
  return previewMetadata(state, title, altText(getGraphAsOf(state), state.asOf, state.lang).slice(0, 300));
}

export default async function ExplorerPage({ searchParams }: Props) {
  const state = await pageViewState(searchParams);
  const { asOf, tiers, q, focus, layout, lang, leaders } = state;
  return (
    <>
      <SiteHeader lang={lang} />
      <main>
        <Explorer
          payload={getExplorerPayload()}
          initial={{ asOf, tiers, q, focus, layout, lang, leaders }}
          initialDetails={focus ? getCountryDetails(focus) : null}
          initialLeaderLinks={leaders ? getLeaderLinks() : null}
          today={todayInVietnam()}
        />
      </main>
    </>
  );
}
