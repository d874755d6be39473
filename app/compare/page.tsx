import type { Metadata } from "next";
import { CompareView } from "../components/CompareView";
import { SiteHeader } from "../components/SiteHeader";
import { pageViewState } from "../view-state";
import { previewMetadata } from "../metadata";
import { getComparePayload } from "@/lib/views/payload";
import { leaderRecords } from "@/lib/views/compare";
import { getNetwork } from "@/lib/graph";
import { todayInVietnam } from "@/lib/schema/dates";
import type { QueryInput, ViewState } from "@/lib/schema/view-state";
import { DocumentAttributes } from "../components/DocumentAttributes";

type Props = { searchParams: Promise<QueryInput> };

/** Without dates, compare a year ago with the chosen as-of date (today by default). */
function compareDates(state: ViewState): { a: string; b: string } {
  const b = state.b ?? state.asOf;
  const a = state.a ?? `${Number(b.slice(0, 4)) - 1}${b.slice(4, 10) === "-02-29" ? "-02-28" : b.slice(4)}`;
  return { a: a > b ? b : a, b };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = await pageViewState(searchParams);
  const { a, b } = compareDates(state);
  return previewMetadata(
    { ...state, asOf: b },
    `Compare ${a} and ${b}`,
    `Vietnam's partnership tiers on ${a} and ${b}: what changed, with sources.`,
  );
}

export default async function ComparePage({ searchParams }: Props) {
  const state = await pageViewState(searchParams);
  const today = todayInVietnam();
  const payload = getComparePayload();
  return (
    <>
      <SiteHeader lang={state.lang} />
      <DocumentAttributes lang={state.lang} theme={state.theme} />
      <CompareView
        payload={payload}
        initial={{
          ...compareDates(state),
          tiers: state.tiers,
          layout: state.layout,
          lang: state.lang,
          sort: state.sort,
          region: state.region,
        }}
        today={today}
        leaders={leaderRecords(getNetwork(), payload.ladders, today)}
      />
    </>
  );
}
