import type { Metadata } from "next";
import { EmbedView } from "../components/EmbedView";
import { pageViewState } from "../view-state";
import { getNetwork } from "@/lib/graph";
import { viewStateToQuery, type QueryInput } from "@/lib/schema/view-state";

export const metadata: Metadata = { title: "Embedded graph", robots: { index: false } };

export default async function EmbedPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const state = await pageViewState(searchParams);
  return (
    <EmbedView partners={getNetwork().partners} state={state} fullViewUrl={`/${viewStateToQuery(state)}`} />
  );
}
