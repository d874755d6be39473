"use client";

import { useEffect, useState } from "react";
import type { CountryDetails } from "@/lib/views/country-details";

export type DetailsStatus =
  | { kind: "none" }
  | { kind: "loading"; key: string }
  | { kind: "ready"; details: CountryDetails }
  | { kind: "failed"; key: string };

/** Details are fetched once per country and kept for the rest of the visit. */
const loaded = new Map<string, CountryDetails>();

/** The selected country's details: the server sends the focused country's with the page, others load on demand. */
export function useCountryDetails(key: string | null, initial: CountryDetails | null): DetailsStatus {
  if (initial) loaded.set(initial.key, initial);
  const [, setVersion] = useState(0);
  const [failedKey, setFailedKey] = useState<string | null>(null);

  useEffect(() => {
    if (!key || loaded.has(key)) return;
    const controller = new AbortController();
    fetch(`/api/country/${encodeURIComponent(key)}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const details = (await response.json()) as CountryDetails;
        if (details.key !== key) throw new Error("unexpected country");
        loaded.set(key, details);
        setVersion((v) => v + 1);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error(error);
          setFailedKey(key);
        }
      });
    return () => controller.abort();
  }, [key]);

  if (!key) return { kind: "none" };
  const details = loaded.get(key);
  if (details) return { kind: "ready", details };
  return failedKey === key ? { kind: "failed", key } : { kind: "loading", key };
}
