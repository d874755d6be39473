import { PUBLISHER } from "@/lib/cite/identity";
import { citedRelease } from "@/lib/cite/release";
import { listReleases } from "@/lib/dataset/releases";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { translator } from "@/lib/i18n/messages";
import { getChanges, getCountryDetails } from "@/lib/views/payload";
import { atomFeed, type FeedHead } from "./atom";
import { changeEntry, newestFirst, releaseEntry } from "./entries";
import { jsonFeed } from "./json-feed";
import { feedPath, type FeedFormat } from "./paths";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The releases published up to `version` (all of them for the latest), newest first. */
function releasesUpTo(version: string) {
  const all = listReleases();
  const at = all.findIndex((r) => r.version === version);
  return at >= 0 ? all.slice(at) : all;
}

function notFound(key: string): Response {
  return Response.json(
    { error: `There is no partner with the key "${key.slice(0, 40)}".` },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Atom 1.0 or JSON Feed 1.1 of tier changes, newest first: every partner's, or one partner's (`key`, an
 * upper-case ISO2 or EU; an unknown one is a 404). `lang` picks the entries' language (English without it:
 * a shared cache may keep the answer, so no request header shapes it).
 */
export function feedResponse(request: Request, key: string | null, format: FeedFormat): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const details = key === null ? null : getCountryDetails(key, state.v);
  if (key !== null && (!details || details.key !== key)) return notFound(key);
  const { lang } = state;
  const origin = publicOrigin(request.headers);
  const t = translator(lang);
  const rows = getChanges(state.v).filter((r) => key === null || r.key === key);
  const release = citedRelease(state.v);
  const releases = releasesUpTo(release.version).flatMap((r) => releaseEntry(r, origin, lang, key) ?? []);
  const entries = newestFirst([...rows.map((r) => changeEntry(r, origin, lang)), ...releases]);
  const langQuery = lang === "vi" ? "?lang=vi" : "";
  const name = details ? (lang === "vi" ? details.nameVi : details.name) : null;
  const head: FeedHead = {
    id: `urn:bamboo:feed:${key ?? "changes"}`,
    title: `${t("appName")} — ${name ? `${name}: ` : ""}${t("feedTitle")}`,
    page: `${origin}${key ? `/country/${key}` : "/"}${langQuery}`,
    self: `${origin}${feedPath(key, format)}${langQuery}`,
    lang,
    updated: entries[0]?.updated ?? `${release.date ?? "1945-09-02"}T00:00:00+07:00`,
    author: PUBLISHER,
  };
  const body = format === "atom" ? atomFeed(head, entries) : JSON.stringify(jsonFeed(head, entries));
  const vary = forwardedVary();
  return cachedResponse(
    request,
    etagFor(["feed", key, format, lang, origin], state.v),
    body,
    { "Content-Type": CONTENT_TYPES[format] },
    { ...(vary ? { vary } : {}), release: state.v },
  );
}
