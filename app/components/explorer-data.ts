"use client";

import { useCallback } from "react";
import type { CountryDetails } from "@/lib/views/country-details";
import type { LeaderLinks } from "@/lib/views/payload";
import { useCachedJson, type Fetched } from "./useCachedJson";

/** `?v=…` for a view pinned to a release, so its details come from that release too. */
const releaseQuery = (v: string | null) => (v ? `?v=${encodeURIComponent(v)}` : "");

export const countryDetailsUrl = (key: string, v: string | null = null) =>
  `/api/country/${encodeURIComponent(key)}${releaseQuery(v)}`;
export const leaderLinksUrl = (v: string | null = null) => `/api/leader-links${releaseQuery(v)}`;

/** The selected country's details, fetched (and kept) when a country is selected. */
export function useCountryDetails(key: string | null, v: string | null): Fetched<CountryDetails> {
  const accept = useCallback(
    (value: unknown): value is CountryDetails =>
      typeof value === "object" && value !== null && (value as { key?: unknown }).key === key,
    [key],
  );
  return useCachedJson(key ? countryDetailsUrl(key, v) : null, accept);
}

function isLeaderLinks(value: unknown): value is LeaderLinks {
  const links = value as Partial<LeaderLinks> | null;
  return Array.isArray(links?.leaders) && Array.isArray(links?.involvements);
}

/** Leader nodes and edges, loaded only once someone asks to see leaders. */
export function useLeaderLinks(shown: boolean, v: string | null): Fetched<LeaderLinks> {
  return useCachedJson(shown ? leaderLinksUrl(v) : null, isLeaderLinks);
}
