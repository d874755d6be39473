"use client";

import { useCallback } from "react";
import type { CountryDetails } from "@/lib/views/country-details";
import type { LeaderLinks } from "@/lib/views/payload";
import { useCachedJson, type Fetched } from "./useCachedJson";

export const countryDetailsUrl = (key: string) => `/api/country/${encodeURIComponent(key)}`;
export const LEADER_LINKS_URL = "/api/leader-links";

/** The selected country's details, fetched (and kept) when a country is selected. */
export function useCountryDetails(key: string | null): Fetched<CountryDetails> {
  const accept = useCallback(
    (value: unknown): value is CountryDetails =>
      typeof value === "object" && value !== null && (value as { key?: unknown }).key === key,
    [key],
  );
  return useCachedJson(key ? countryDetailsUrl(key) : null, accept);
}

function isLeaderLinks(value: unknown): value is LeaderLinks {
  const links = value as Partial<LeaderLinks> | null;
  return Array.isArray(links?.leaders) && Array.isArray(links?.involvements);
}

/** Leader nodes and edges, loaded only once someone asks to see leaders. */
export function useLeaderLinks(shown: boolean): Fetched<LeaderLinks> {
  return useCachedJson(shown ? LEADER_LINKS_URL : null, isLeaderLinks);
}
