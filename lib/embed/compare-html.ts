import { formatDate, tierStepText, translator } from "@/lib/i18n/messages";
import { escapeXml } from "@/lib/render/escape-xml";
import { memo } from "@/lib/render/render-memo";
import { snapshotSvg } from "@/lib/render/snapshot";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { compareDates } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";
import { officialNameOf } from "@/lib/views/localized";
import { pictureSize } from "@/lib/schema/presets";
import { EMBED_SCRIPT, embedHead, embedParams } from "./html";
import { withIdSuffix } from "./variants";

/**
 * The two pictures are stacked, each as wide as the frame, and go side by side only where the frame holds
 * both at their laid-out width: shown any smaller, a picture's smallest text would fall below the 11 px
 * its layout guarantees (side by side in an 800 px frame it came out at 5 px).
 */
function compareStyle(pictureWidth: number): string {
  return `
.compare-pictures{display:grid;grid-template-columns:1fr;gap:8px}
@media (min-width:${2 * pictureWidth + 8}px){.compare-pictures{grid-template-columns:1fr 1fr}}
h1{font-size:18px;margin:8px}h2{font-size:16px;margin:8px}ol,ul{margin:4px 8px 4px 28px;font-size:14px}`;
}

/**
 * The comparison embed (/embed?a=&b=): both dates drawn by the same SVG writer as /api/graph.svg, stacked (side
 * by side in a frame wide enough for both), then what changed between them. Everything is in the HTML; the embed's one
 * script only reports the height. Memoised and cacheable like the single embed.
 */
export function compareEmbedHtml(state: ViewState, a: string, b: string, origin: string): string {
  return memo(`embed-compare|${origin}|${JSON.stringify(embedParams(state))}`, () => {
    const t = translator(state.lang);
    // Each picture at the article's size (or the author's), in light ink that dark schemes recolour.
    const { width, height } = pictureSize({ ...state, preset: state.preset ?? "article" });
    const payload = getComparePayload(state.v);
    const diff = compareDates(payload.partners, payload.ladders, a, b, state.tiers);
    const name = (x: { label: string; labelVi: string }) =>
      escapeXml(state.lang === "vi" ? x.labelVi : x.label);
    const picture = (day: string, suffix: string) =>
      `<figure data-date="${day}" class="drawn">${withIdSuffix(snapshotSvg({ ...state, theme: "light", asOf: day, width, height, title: null }), suffix)}</figure>`;
    const heading =
      state.title ?? `${t("compareTitle")}: ${formatDate(a, state.lang)} — ${formatDate(b, state.lang)}`;
    // A step inside a tier is said as such, with the framework's new name, never as "tier → same tier".
    const step = (c: (typeof diff.changes)[number]) => {
      const official = c.withinTier && c.step ? officialNameOf(c.step, state.lang) : null;
      return (
        escapeXml(tierStepText(c, state.lang)) +
        (official ? ` — <em lang="${official.lang}">${escapeXml(official.text)}</em>` : "")
      );
    };
    const changes = diff.changes
      .map(
        (c) =>
          `<li data-key="${escapeXml(c.key)}" data-to="${c.to}"${c.withinTier ? " data-within-tier" : ""}>` +
          `<strong>${name(c)}</strong>: ${step(c)}, ${escapeXml(formatDate(c.date, state.lang))}</li>`,
      )
      .join("");
    const relations = diff.newRelations
      .map((r) => `<li>${name(r)} — ${escapeXml(formatDate(r.date, state.lang))}</li>`)
      .join("");
    const fullView = `/compare${viewStateToQuery(state, ["a", "b", "tiers", "layout", "lang", "v"])}`;
    return [
      embedHead(state, heading, origin, compareStyle(width)),
      `<body><main class="embed compare-embed"><h1>${escapeXml(heading)}</h1>`,
      state.subtitle ? `<p>${escapeXml(state.subtitle)}</p>` : "",
      `<div class="compare-pictures">${picture(a, "a")}${picture(b, "b")}</div>`,
      `<h2>${escapeXml(t("changes"))}</h2><ol data-testid="compare-changes">${changes}</ol>`,
      relations
        ? `<h2>${escapeXml(t("newRelations"))}</h2><ul data-testid="compare-new-relations">${relations}</ul>`
        : "",
      `<p class="credit"><a href="${escapeXml(fullView)}" target="_blank" rel="noopener">${escapeXml(t("credit"))}</a></p>`,
      `</main><script>${EMBED_SCRIPT}</script></body></html>`,
    ].join("");
  });
}
