import { Explorer } from "./components/Explorer";
import { SiteHeader } from "./components/SiteHeader";
import { pageViewState } from "./view-state";
import { getExplorerPayload } from "@/lib/views/payload";
import { todayInVietnam } from "@/lib/schema/dates";
import type { QueryInput } from "@/lib/schema/view-state";

export default async function ExplorerPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const state = await pageViewState(searchParams);
  const { asOf, tiers, q, focus, layout, lang, leaders } = state;
  return (
    <>
      <SiteHeader lang={lang} />
      <main>
        <Explorer
          payload={getExplorerPayload()}
          initial={{ asOf, tiers, q, focus, layout, lang, leaders }}
          today={todayInVietnam()}
        />
      </main>
    </>
  );
}
