"use client";

import { useCallback, useMemo } from "react";
import type { CountryDetails } from "@/lib/views/country-details";
import type { LeaderLinks } from "@/lib/views/payload";
import type { ChangeRow } from "@/lib/views/changes";
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

/** `/api/changes` as JSON (lib/schema/answers.ts ChangesAnswer), the part the explorer reads. */
export interface ChangesAnswer {
  focus: string | null;
  changes: ChangeRow[];
}

/** A leader's tier steps up to the view's date, with their citations: `/api/changes` keeps them by `focus`. */
export const leaderStepsUrl = (id: string, asOf: string, v: string | null = null) =>
  `/api/changes?${new URLSearchParams({ focus: id, to: asOf, format: "json", ...(v ? { v } : {}) }).toString()}`;

function isLeaderSteps(id: string) {
  return (value: unknown): value is ChangesAnswer => {
    const answer = value as Partial<ChangesAnswer> | null;
    return answer?.focus === id && Array.isArray(answer.changes);
  };
}

/** The selected leader's steps, fetched (and kept) when a leader is selected. */
export function useLeaderSteps(id: string | null, asOf: string, v: string | null): Fetched<ChangesAnswer> {
  const accept = useMemo(() => isLeaderSteps(id ?? ""), [id]);
  return useCachedJson(id ? leaderStepsUrl(id, asOf, v) : null, accept);
}
