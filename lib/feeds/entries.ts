import { formatDate, tierName, tierStepText, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import type { Release } from "@/lib/dataset/release-files";
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
  citations: { url: string | null; publisher: string | null; quote: string }[];
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

/**
 * A release as a feed entry: its summary and what it added, corrected or removed (only the partner's facts,
 * in a partner's feed), with their citations. Null when it changed nothing of that partner.
 */
export function releaseEntry(
  release: Release,
  origin: string,
  lang: Lang,
  key: string | null,
): FeedEntry | null {
  const changes = release.changes.filter((c) => key === null || c.key === key);
  if (key !== null && changes.length === 0) return null;
  const t = translator(lang);
  const what = changes.map((c) =>
    [
      `${c.kind}: ${c.key} — ${c.what}`,
      c.before !== undefined ? `before: ${c.before}` : "",
      c.after !== undefined ? `after: ${c.after}` : "",
    ]
      .filter(Boolean)
      .join("; "),
  );
  return {
    id: `urn:bamboo:release:${release.version}`,
    title: `${t("citeRelease")} ${release.version}`,
    link: `${origin}/data?v=${release.version}${lang === "vi" ? "&lang=vi" : ""}`,
    updated: rfc3339(release.date),
    date: release.date,
    datePrecision: "day",
    summary: [release.summary, ...what].join("\n"),
    officialName: null,
    citations: changes.flatMap((c) =>
      c.citations.map((q) => ({ url: q.url, publisher: null, quote: q.quote })),
    ),
  };
}
