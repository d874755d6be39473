import { translator } from "@/lib/i18n/messages";
import { escapeXml } from "@/lib/render/escape-xml";
import { todayInVietnam } from "@/lib/schema/dates";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

/**
 * The site's header (app/components/SiteHeader.tsx) as the first response writes it, before the page's scripts
 * run: the same classes, so it sits where the header will and nothing moves when the page takes over, and plain
 * links, which work without scripts. The citation control needs the scripts and comes with them.
 */
export function firstViewHeader(
  state: ViewState,
  pathname: string,
  keys: readonly (keyof ViewState)[],
): string {
  const t = translator(state.lang);
  const suffix = state.lang === "vi" ? "?lang=vi" : "";
  const other = state.lang === "vi" ? "en" : "vi";
  // The same view in the other language; today's date stays implicit, as in the address the reader came by.
  const asOf = state.asOf === todayInVietnam() ? undefined : state.asOf;
  const switchHref = `${pathname}${viewStateToQuery({ ...state, asOf, lang: other }, keys)}`;
  const link = (href: string, text: string) => `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`;
  return (
    `<header class="site first-view-header"><strong class="brand">${link(`/${suffix}`, t("appName"))}</strong>` +
    `<span class="muted tagline">${escapeXml(t("tagline"))}</span>` +
    `<nav aria-label="${escapeXml(t("mainNav"))}">${link(`/${suffix}`, t("explorer"))}` +
    `${link(`/compare${suffix}`, t("compare"))}${link(`/data${suffix}`, t("data"))}</nav>` +
    `<a class="language-switch" href="${escapeXml(switchHref)}" hreflang="${other}" lang="${other}">` +
    `${escapeXml(t("language"))}</a></header>`
  );
}
