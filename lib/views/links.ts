import type { Lang } from "@/lib/schema/view-state";

const LEADER_PREFIX = "leader:";

/** The page of a leader (`leader:to-lam` → `/leader/to-lam`), in the reader's language. */
export function leaderHref(id: string, lang: Lang): string {
  return `/leader/${id.slice(LEADER_PREFIX.length)}${lang === "vi" ? "?lang=vi" : ""}`;
}

/** The leader key a `/leader/{slug}` page shows, or null for a slug no key could have. */
export function leaderKeyFromSlug(slug: string): string | null {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 100 ? `${LEADER_PREFIX}${slug}` : null;
}
