import { escapeXml } from "@/lib/render/escape-xml";
import type { ViewState } from "@/lib/schema/view-state";
import { getExplorerPayload } from "@/lib/views/payload";
import { viewHeadline } from "@/lib/views/view-headline";

/**
 * The explorer's first view as HTML for the shell's first response: the view's headline, with the classes
 * the explorer gives it, so a phone shows what the page says at its first paint rather than after its scripts
 * have run. The browser's explorer replaces it when it renders (ShellPlaceholder). Text only, escaped.
 */
export function explorerFirstView(state: ViewState): string {
  const headline = viewHeadline(getExplorerPayload(state.v).partners, state);
  const detail = headline.detail ? `<p class="muted headline-detail">${escapeXml(headline.detail)}</p>` : "";
  return (
    `<div class="explorer first-view"><section class="stage">` +
    `<h1 class="view-title">${escapeXml(headline.title)}</h1>${detail}</section></div>`
  );
}
