import type { Lang } from "@/lib/schema/view-state";

/** Every picture's credit line: the source, and the interactive view's address when the site has one. */
export function creditText(lang: Lang, url: string | null): string {
  const source =
    lang === "vi"
      ? "Nguồn: Bamboo, mỗi mốc đều có trích dẫn"
      : "Source: Bamboo; every date cited to its source";
  return url ? `${source} · ${url}` : source;
}
