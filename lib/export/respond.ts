import { getGraphAsOf } from "@/lib/graph";
import { memo } from "@/lib/render/render-memo";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { languageVary } from "@/lib/http/responses";
import type { ViewState } from "@/lib/schema/view-state";
import { graphToCsv } from "./csv";
import { graphToGexf } from "./gexf";
import { graphToGraphml } from "./graphml";

const TYPES = {
  json: "application/json; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

/** A meaningful download name: which view, which date. */
export function exportFileName(state: ViewState): string {
  const tiers = state.tiers ? `-${state.tiers.join("+")}` : "";
  return `bamboo-vietnam-partners-${state.asOf}${tiers}.${state.format}`;
}

function exportBody(state: ViewState): string {
  const graph = getGraphAsOf({ asOf: state.asOf, tiers: state.tiers, v: state.v });
  if (state.format === "json") return JSON.stringify(graph.export());
  if (state.format === "csv") return graphToCsv(graph, state.lang);
  return state.format === "gexf" ? graphToGexf(graph) : graphToGraphml(graph);
}

export function graphResponse(request: Request, state: ViewState): Response {
  // Only the CSV writes names in the view's language: JSON, GEXF and GraphML carry both names whatever
  // `lang` (or Accept-Language) says, so neither is part of their ETag nor of their Vary.
  const byLanguage = state.format === "csv";
  const etag = etagFor(
    ["graph", state.asOf, state.tiers, state.format, byLanguage ? state.lang : null],
    state.v,
  );
  // The dataset never changes while the server runs, so neither does a view's file: memoised by its ETag.
  const body = memo(`export|${etag}`, () => exportBody(state));
  const headers: Record<string, string> = { "Content-Type": TYPES[state.format] };
  if (state.format !== "json")
    headers["Content-Disposition"] = `attachment; filename="${exportFileName(state)}"`;
  return cachedResponse(request, etag, body, headers, {
    ...(byLanguage ? languageVary(request) : {}),
    release: state.v,
  });
}
