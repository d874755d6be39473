import { TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { formatDate, tierName, translator } from "@/lib/i18n/messages";
import { escapeXml } from "@/lib/render/escape-xml";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { COMPARE_CSV_KEYS, COMPARE_KEYS, compareDates, compareDays } from "@/lib/views/compare";
import { compareCountNotes, countCellText, countDifferenceText } from "@/lib/views/compare-counts";
import { getComparePayload, getExplorerPayload } from "@/lib/views/payload";
import { viewHeadline } from "@/lib/views/view-headline";
import { firstPicture, firstPictureCss } from "./first-picture";
import { firstViewHeader } from "./first-view-header";

const EXPLORER_KEYS = ["asOf", "tiers", "q", "focus", "layout", "lang", "leaders", "v"] as const;

/**
 * The explorer's first view as HTML for the shell's first response: the site's header, the view's headline and
 * its graph drawn by the server, with the classes the explorer gives them, so a phone shows the page at its
 * first paint while the explorer's scripts wait for the reader (lib/page-shell/scripts-on-demand.ts). The
 * explorer replaces it when it renders (ShellPlaceholder). Every text escaped.
 */
export function explorerFirstView(state: ViewState): string {
  const t = translator(state.lang);
  const headline = viewHeadline(getExplorerPayload(state.v).partners, state);
  const detail = headline.detail ? `<p class="muted headline-detail">${escapeXml(headline.detail)}</p>` : "";
  return (
    `<style>${firstPictureCss()}</style>${firstViewHeader(state, "/", EXPLORER_KEYS)}` +
    `<div class="explorer first-view"><section class="stage" aria-label="${escapeXml(t("explorer"))}">` +
    `<h1 class="view-title">${escapeXml(headline.title)}</h1>${detail}` +
    `<div class="canvas-wrap"><div class="canvas-tools first-view-tools"></div>` +
    `${firstPicture(state)}</div></section></div>`
  );
}

/** The comparison's first view: the header, its title and the counts per tier on both days, as CompareView has them. */
export function compareFirstView(state: ViewState): string {
  const t = translator(state.lang);
  const { a, b } = compareDays(state);
  const payload = getComparePayload(state.v);
  const diff = compareDates(payload.partners, payload.ladders, a, b, state.tiers);
  const cell = (text: string) => `<td>${escapeXml(text)}</td>`;
  const rows = TIER_FILTER_CODES.map(
    (tier) =>
      `<tr><th scope="row">${escapeXml(tierName(state.lang, tier))}</th>` +
      cell(countCellText(state.lang, tier, diff.countsA[tier], diff.undatedA)) +
      cell(countCellText(state.lang, tier, diff.countsB[tier], diff.undatedB)) +
      cell(countDifferenceText(diff.countsA[tier], diff.countsB[tier])) +
      "</tr>",
  ).join("");
  const notes = compareCountNotes(diff, state.lang);
  const head = [t("tier"), formatDate(a, state.lang), formatDate(b, state.lang), t("difference")]
    .map((text) => `<th scope="col">${escapeXml(text)}</th>`)
    .join("");
  return (
    firstViewHeader(state, "/compare", COMPARE_KEYS) +
    `<div class="page wide first-view"><h1>${escapeXml(t("compareTitle"))}</h1>${compareDatesForm(state, a, b)}` +
    `<section><h2>${escapeXml(t("whatChanged"))}</h2><div class="table-scroll"><table class="rows narrow">` +
    `<caption>${escapeXml(t("countsPerTier"))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody>` +
    `</table></div>${notes.length > 0 ? `<ul class="muted">${notes.map((n) => `<li>${escapeXml(n)}</li>`).join("")}</ul>` : ""}` +
    "</section></div>"
  );
}

/**
 * The comparison's two days as a form that works before (and without) the page's scripts: the same row as
 * CompareView's, sending the days with the view's other choices; its button sits where the share button will.
 */
function compareDatesForm(state: ViewState, a: string, b: string): string {
  const t = translator(state.lang);
  const day = (name: "a" | "b", value: string) => {
    const label = t(name === "a" ? "dateA" : "dateB");
    return (
      `<label>${escapeXml(label)}<span class="day-input"><input type="text" name="${name}" value="${value}"` +
      ` inputmode="numeric" autocomplete="off" aria-label="${escapeXml(`${label} (${t("dateFormatHint")})`)}"></span></label>`
    );
  };
  const kept = new URLSearchParams(
    viewStateToQuery(state, ["tiers", "layout", "lang", "sort", "region", "v"]),
  );
  const hidden = [...kept]
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeXml(v)}">`)
    .join("");
  const csv = `/api/compare${viewStateToQuery({ ...state, a, b, format: "csv" }, COMPARE_CSV_KEYS)}`;
  return (
    `<form class="compare-dates" action="/compare" method="get">${day("a", a)}${day("b", b)}${hidden}` +
    `<a href="${escapeXml(csv)}" download>${escapeXml(t("exportCsv"))}</a>` +
    `<div class="share"><button class="share-open" type="submit">${escapeXml(t("compare"))}</button></div></form>`
  );
}
