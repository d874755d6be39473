import type { Lang } from "@/lib/schema/view-state";
import { feedPath } from "./paths";

/** A feed a page announces with `<link rel="alternate">`. */
export interface FeedLink {
  type: "application/atom+xml" | "application/feed+json";
  href: string;
  title: string;
}

/**
 * The feeds a page announces: every partner's changes, and the partner's own when the page is about one
 * (`key`), in the page's language.
 */
export function feedLinks(
  lang: Lang,
  key: string | null = null,
  partnerName: string | null = null,
): FeedLink[] {
  const query = lang === "vi" ? "?lang=vi" : "";
  const scopes: [string | null, string][] = [
    ...(key
      ? [
          [key, `${partnerName ?? key}: ${lang === "vi" ? "thay đổi cấp độ" : "tier changes"}`] as [
            string,
            string,
          ],
        ]
      : []),
    [null, lang === "vi" ? "Mọi thay đổi cấp độ" : "Every change of tier"],
  ];
  return scopes.flatMap(([scope, title]) => [
    {
      type: "application/atom+xml" as const,
      href: `${feedPath(scope, "atom")}${query}`,
      title: `${title} (Atom)`,
    },
    {
      type: "application/feed+json" as const,
      href: `${feedPath(scope, "json")}${query}`,
      title: `${title} (JSON Feed)`,
    },
  ]);
}
