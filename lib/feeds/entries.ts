import { formatDate, tierName, tierStepText, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import type { ChangeRow } from "@/lib/views/changes";
import type { ResolvedCitation } from "@/lib/views/citations";

/** One entry of a feed, whatever its format: a tier step or a release. */
export interface FeedEntry {
  /** A permanent id (a URN), the same in every language and on every host. */
  id: string;
  title: string;
  /** The page the entry is about (absolute). */
  link: string;
  /** RFC 3339: the day the fact counts from, at the start of that day in Vietnam. */
  updated: string;
  /** The date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD) and its precision. */
  date: string;
  datePrecision: "day" | "month" | "year";
  /** The entry's text, as plain sentences. */
  summary: string;
  officialName: string | null;
  citations: { url: string | null; publisher: string; quote: string }[];
}

const rfc3339 = (day: string) => `${day}T00:00:00+07:00`;
const quoted = (c: ResolvedCitation) => ({ url: c.url, publisher: c.publisher, quote: c.quote });

/** A tier step as a feed entry: who moved where, when (as precisely as the source says), under which name. */
export function changeEntry(row: ChangeRow, origin: string, lang: Lang): FeedEntry {
  const t = translator(lang);
  const name = lang === "vi" ? row.nameVi : row.name;
  const officialName = lang === "vi" && row.officialNameVi ? row.officialNameVi : row.officialName;
  const step = tierStepText(
    { from: row.tierBefore, to: row.tierAfter, withinTier: row.change === "within-tier" },
    lang,
  );
  const when = formatDate(row.date, lang);
  return {
    id: `urn:bamboo:change:${row.key}:${row.date}:${row.tierAfter}`,
    title: `${name}: ${row.tierBefore === null ? tierName(lang, row.tierAfter) : step}`,
    link: `${origin}/country/${row.key}${lang === "vi" ? "?lang=vi" : ""}`,
    updated: rfc3339(row.effectiveFrom),
    date: row.date,
    datePrecision: row.datePrecision,
    summary: [`${when}: ${step}.`, officialName ? `${t("officialName")}: ${officialName}.` : ""]
      .filter(Boolean)
      .join(" "),
    officialName,
    citations: row.citations.map(quoted),
  };
}

/** Newest first; a tie (one day, several partners) in the partners' order, so the feed's bytes are stable. */
export function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}
