"use client";

import { useLayoutEffect, useState } from "react";

export type Fetched<T> =
  { kind: "none" } | { kind: "loading" } | { kind: "ready"; value: T } | { kind: "failed" };

/** Answers kept for the rest of the visit: the dataset does not change while the page is open. */
const answers = new Map<string, { ok: true; value: unknown } | { ok: false }>();
const requests = new Map<string, Promise<void>>();

/** Fetches `url` once per visit; the answer (or the failure) lands in `answers`. */
function request(url: string, accept: (value: unknown) => boolean): Promise<void> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        const value: unknown = await response.json();
        if (!accept(value)) throw new Error(`${url}: unexpected answer`);
        answers.set(url, { ok: true, value });
      })
      .catch((error: unknown) => {
        console.error(error);
        answers.set(url, { ok: false });
      });
    requests.set(url, pending);
  }
  return pending;
}

/**
 * JSON from one of our routes, fetched once per URL; `accept` checks the answer's shape before it is used.
 * The request starts while the component first renders, not after it is committed: the page's data is
 * usually there (preloaded) before React is done.
 */
export function useCachedJson<T>(url: string | null, accept: (value: unknown) => value is T): Fetched<T> {
  const [, setSettled] = useState(0);
  // In the browser only: a prerendered shell has no view and no data of its own.
  if (url && typeof window !== "undefined" && !answers.has(url)) void request(url, accept);

  // A layout effect: the answer, when already there, is rendered in the same frame as the commit.
  useLayoutEffect(() => {
    if (!url || answers.has(url)) return;
    let mounted = true;
    void request(url, accept).then(() => {
      if (mounted) setSettled((n) => n + 1);
    });
    return () => {
      mounted = false;
    };
  }, [url, accept]);

  if (!url) return { kind: "none" };
  const answer = answers.get(url);
  if (!answer) return { kind: "loading" };
  return answer.ok ? { kind: "ready", value: answer.value as T } : { kind: "failed" };
}
