import { getDataset } from "@/lib/dataset";
import { graphAsOf, type GraphQuery, type ViewGraph } from "./as-of";
import { buildNetwork, type Network } from "./network";

let network: Network | null = null;

/** The network built once per process from the validated dataset. */
export function getNetwork(): Network {
  network ??= buildNetwork(getDataset());
  return network;
}

const MAX_CACHED_VIEWS = 500;
const views = new Map<string, ViewGraph>();

/** As-of views are memoised: the dataset is immutable at run time, so a view never goes stale. */
export function getGraphAsOf(query: GraphQuery): ViewGraph {
  const id = `${query.asOf}|${query.tiers?.join(",") ?? ""}`;
  const hit = views.get(id);
  if (hit) return hit;
  const view = graphAsOf(getNetwork(), query);
  if (views.size >= MAX_CACHED_VIEWS) views.delete(views.keys().next().value as string);
  views.set(id, view);
  return view;
}

export { HOME_KEY } from "./network";
export type { Network } from "./network";
export type { ViewGraph, GraphQuery, CountryNodeAttributes } from "./as-of";
