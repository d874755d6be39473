import type { Metadata } from "next";
import { CompareEmbed } from "../components/CompareEmbed";
import { EmbedView } from "../components/EmbedView";
import { pageViewState } from "../view-state";
import { getNetwork } from "@/lib/graph";
import { viewStateToQuery, type QueryInput } from "@/lib/schema/view-state";

export const metadata: Metadata = { title: "Embedded graph", robots: { index: false } };

export default async function EmbedPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const state = await pageViewState(searchParams);
  if (state.a && state.b)
    return (
      <CompareEmbed
        state={state}
        a={state.a}
        b={state.b}
        fullViewUrl={`/compare${viewStateToQuery(state, ["a", "b", "tiers", "lang"])}`}
      />
    );
  return (
    <EmbedView partners={getNetwork().partners} state={state} fullViewUrl={`/${viewStateToQuery(state)}`} />
  );
}
