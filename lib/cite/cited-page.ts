import { formatDate, translator } from "@/lib/i18n/messages";
import { parseViewState, viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { COMPARE_KEYS, compareDays } from "@/lib/views/compare";
import { getLeaderPage } from "@/lib/views/leader-page";
import { getCountryDetails } from "@/lib/views/payload";
import { citeView, type CitationFormats } from "./citation";
import { isKnownRelease } from "@/lib/dataset/releases";
import { citedRelease } from "./release";

/** A page of this site as a citation names it: its title and its address with every default spelled out. */
interface CitedPage {
  title: string;
  /** Path and query that reproduce the view on any day (`asOf` written even when it is today). */
  path: string;
}

const langOnly = (state: ViewState) => viewStateToQuery(state, ["lang", "v"]);

/** Each citable page: what it shows, named from the view state its URL parses to. */
function citedPage(pathname: string, state: ViewState): CitedPage | null {
  const t = translator(state.lang);
  const date = (day: string) => formatDate(day, state.lang);
  if (pathname === "/" || pathname === "/embed") {
    return {
      title: `${t("tagline")} — ${date(state.asOf)}`,
      path: `${pathname}${viewStateToQuery(state)}`,
    };
  }
  if (pathname === "/compare") {
    const { a, b } = compareDays(state);
    return {
      title: `${t("tagline")} — ${date(a)} / ${date(b)}`,
      path: `/compare${viewStateToQuery({ ...state, a, b }, COMPARE_KEYS)}`,
    };
  }
  if (pathname === "/data")
    return { title: `${t("appName")} — ${t("dataTitle")}`, path: `/data${langOnly(state)}` };
  const country = /^\/country\/([A-Z]{2})$/.exec(pathname);
  if (country) {
    const details = getCountryDetails(country[1]!, state.v);
    if (!details) return null;
    const name = state.lang === "vi" ? details.nameVi : details.name;
    return { title: `${name} — ${t("tagline")}`, path: `/country/${details.key}${langOnly(state)}` };
  }
  const leader = /^\/leader\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(pathname);
  if (leader) {
    const page = getLeaderPage(`leader:${leader[1]}`, state.v);
    if (!page) return null;
    const name = state.lang === "vi" && page.nameVi ? page.nameVi : page.name;
    return { title: `${name} — ${t("tagline")}`, path: `/leader/${leader[1]}${langOnly(state)}` };
  }
  return null;
}

export interface CiteRequest {
  /** The page to cite: a path of this site with its query (`/country/JP?lang=vi`). */
  page: string;
  origin: string;
  /** The access date, YYYY-MM-DD. */
  today: string;
}

/**
 * The citation of a page of this site, or null when the page is not one that can be cited (or names a
 * release that does not exist). It cites the release the page shows (its `v`, else the latest), and its
 * address is pinned to that release. The page's query is read by the one view-state parser (a bad one throws
 * InvalidQueryError, as on the page itself).
 */
export function citePage({ page, origin, today }: CiteRequest): CitationFormats | null {
  const url = new URL(page, "http://bamboo.invalid");
  const parsed = parseViewState(url.searchParams, { today });
  if (!isKnownRelease(parsed.v)) return null;
  const release = citedRelease(parsed.v);
  // Working files that are no release cannot be pinned: the address then names no `v`.
  const state = { ...parsed, v: release.date ? release.version : null };
  const cited = citedPage(url.pathname, state);
  if (!cited) return null;
  return citeView({ title: cited.title, url: `${origin}${cited.path}`, release, accessed: today });
}
