"use client";

import { useCallback } from "react";
import type { CountryDetails } from "@/lib/views/country-details";
import type { LeaderLinks } from "@/lib/views/payload";
import { useCachedJson, type Fetched } from "./useCachedJson";

export const countryDetailsUrl = (key: string) => `/api/country/${encodeURIComponent(key)}`;
export const LEADER_LINKS_URL = "/api/leader-links";

/** The selected country's details: sent with the page for a shared link's focus, fetched for any other. */
export function useCountryDetails(
  key: string | null,
  initial: CountryDetails | null,
): Fetched<CountryDetails> {
  const accept = useCallback(
    (value: unknown): value is CountryDetails =>
      typeof value === "object" && value !== null && (value as { key?: unknown }).key === key,
    [key],
  );
  return useCachedJson(
    key ? countryDetailsUrl(key) : null,
    initial ? { url: countryDetailsUrl(initial.key), value: initial } : null,
    accept,
  );
}

function isLeaderLinks(value: unknown): value is LeaderLinks {
  const links = value as Partial<LeaderLinks> | null;
  return Array.isArray(links?.leaders) && Array.isArray(links?.involvements);
}

/** Leader nodes and edges, loaded only once someone asks to see leaders. */
export function useLeaderLinks(shown: boolean, initial: LeaderLinks | null): Fetched<LeaderLinks> {
  return useCachedJson(
    shown ? LEADER_LINKS_URL : null,
    initial ? { url: LEADER_LINKS_URL, value: initial } : null,
    isLeaderLinks,
  );
}
