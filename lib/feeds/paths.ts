export type FeedFormat = "atom" | "json";

/** A feed's own path: every partner's (`key` null) or one partner's, in one format. */
export function feedPath(key: string | null, format: FeedFormat): string {
  return key ? `/feeds/country/${key}.${format}` : `/feeds/changes.${format}`;
}
