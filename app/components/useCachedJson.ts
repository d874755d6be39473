"use client";

import { useEffect, useRef, useState } from "react";

export type Fetched<T> =
  { kind: "none" } | { kind: "loading" } | { kind: "ready"; value: T } | { kind: "failed" };

/** Responses kept for the rest of the visit: the dataset does not change while the page is open. */
const cache = new Map<string, unknown>();

/**
 * JSON from one of our routes, fetched once per URL. `initial` is what the server already sent with the
 * page; `accept` checks the answer's shape before it is used.
 */
export function useCachedJson<T>(
  url: string | null,
  initial: { url: string; value: T } | null,
  accept: (value: unknown) => value is T,
): Fetched<T> {
  if (initial && !cache.has(initial.url)) cache.set(initial.url, initial.value);
  const acceptRef = useRef(accept);
  const [, setVersion] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    acceptRef.current = accept;
  }, [accept]);

  useEffect(() => {
    if (!url || cache.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        const value: unknown = await response.json();
        if (!acceptRef.current(value)) throw new Error(`${url}: unexpected answer`);
        cache.set(url, value);
        setVersion((v) => v + 1);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setFailed(url);
      });
    return () => controller.abort();
  }, [url]);

  if (!url) return { kind: "none" };
  if (cache.has(url)) return { kind: "ready", value: cache.get(url) as T };
  return failed === url ? { kind: "failed" } : { kind: "loading" };
}
