import { relationsCountBound } from "@/lib/graph/lower-bound";
import type { PartnerTimeline } from "@/lib/graph/timeline";
import type { Lang } from "@/lib/schema/view-state";
import type { TierFilterCode } from "@/lib/schema/tiers";
import { rowsAsOf } from "./explorer";
import { headlineFor, type Headline } from "./headline";

export interface HeadlineView {
  asOf: string;
  tiers: readonly TierFilterCode[] | null;
  lang: Lang;
}

/**
 * The explorer's headline for a view, from the partners' timelines: what the browser writes over the graph
 * and what the server writes into the page's first response, so the two are the same sentence.
 */
export function viewHeadline(partners: readonly PartnerTimeline[], view: HeadlineView): Headline {
  return headlineFor(rowsAsOf(partners, view.asOf), view.tiers, view.asOf, view.lang, {
    undatedCount: relationsCountBound(partners, view.asOf, view.tiers).undatedCount,
  });
}
