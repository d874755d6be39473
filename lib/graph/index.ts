import { getDataset } from "@/lib/dataset";
import { getDatasetVersion } from "@/lib/dataset/version";
import { graphAsOf, type GraphQuery, type ViewGraph } from "./as-of";
import { buildNetwork, type Network } from "./network";

const MAX_NETWORKS = 6;
const networks = new Map<string, Network>();

/** The network of a release (the working data without `v`), built once per release and process. */
export function getNetwork(v?: string | null): Network {
  const version = getDatasetVersion(v);
  const hit = networks.get(version);
  if (hit) return hit;
  const network = buildNetwork(getDataset(v));
  if (networks.size >= MAX_NETWORKS) networks.delete(networks.keys().next().value as string);
  networks.set(version, network);
  return network;
}

const MAX_CACHED_VIEWS = 500;
const views = new Map<string, ViewGraph>();

/** As-of views are memoised: a release is immutable, so a view never goes stale. */
export function getGraphAsOf(query: GraphQuery & { v?: string | null }): ViewGraph {
  const version = getDatasetVersion(query.v);
  const id = `${version}|${query.asOf}|${query.tiers?.join(",") ?? ""}`;
  const hit = views.get(id);
  if (hit) return hit;
  const view = graphAsOf(getNetwork(query.v), query);
  if (views.size >= MAX_CACHED_VIEWS) views.delete(views.keys().next().value as string);
  views.set(id, view);
  return view;
}

export { HOME_KEY } from "./network";
export type { Network } from "./network";
export type { ViewGraph, GraphQuery, CountryNodeAttributes } from "./as-of";
