import { createHash } from "node:crypto";
import { getGraphAsOf } from "@/lib/graph";
import { formatDate, tierName, translator } from "@/lib/i18n/messages";
import { escapeXml } from "@/lib/render/escape-xml";
import { FONT_FAMILY } from "@/lib/render/font-files";
import { memo } from "@/lib/render/render-memo";
import { snapshotSvg } from "@/lib/render/snapshot";
import { webFontCss } from "@/lib/render/web-fonts";
import { pictureSize } from "@/lib/schema/presets";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { embedClient } from "./client";
import { EMBED_WIDTHS, embedColourCss, widthChoiceCss, withIdSuffix, type EmbedSize } from "./variants";

/** The one inline script of every embed, and its digest for the CSP. */
export const EMBED_SCRIPT = `(${embedClient.toString()})();`;
export const EMBED_SCRIPT_HASH = createHash("sha256").update(EMBED_SCRIPT).digest("base64");

/** Only what changes the embed's bytes: the cache key and the ETag's input. */
export function embedParams(state: ViewState) {
  return {
    asOf: state.asOf,
    tiers: state.tiers,
    focus: state.focus,
    layout: state.layout,
    lang: state.lang,
    theme: state.theme,
    leaders: state.leaders,
    // Without a preset or a size, the embed is drawn at several widths (lib/embed/variants.ts).
    sizes: embedSizes(state),
    title: state.title,
    subtitle: state.subtitle,
    v: state.v,
    a: state.a,
    b: state.b,
  };
}

/** The sizes an embed is drawn at: every width of EMBED_WIDTHS, or the one an author's preset or size asks for. */
export function embedSizes(state: ViewState): readonly EmbedSize[] {
  const authored = state.preset !== null || state.width !== undefined || state.height !== undefined;
  return authored ? [pictureSize(state)] : EMBED_WIDTHS;
}

/** oEmbed discovery: a CMS given the embed's address turns it into the embed code. */
export function oembedDiscovery(origin: string, path: string): string {
  const href = `${origin}/api/oembed?format=json&url=${encodeURIComponent(`${origin}${path}`)}`;
  return `<link rel="alternate" type="application/json+oembed" href="${escapeXml(href)}" title="Bamboo">`;
}

/** The start of every embed document up to `<body>`: language, theme, title, discovery, styles. */
export function embedHead(state: ViewState, heading: string, origin: string, extraStyle: string): string {
  const theme = state.theme === "auto" ? "" : ` data-theme="${state.theme}"`;
  return [
    `<!doctype html><html lang="${state.lang}"${theme}><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${escapeXml(heading)} · Bamboo</title><link rel="icon" href="/icon.svg">`,
    oembedDiscovery(origin, `/embed${viewStateToQuery(state)}`),
    `<style>${EMBED_STYLE}${extraStyle}</style></head>`,
  ].join("");
}

/** Each partner's name and tier in the view's language: tooltips and the status line. */
function partnerDescriptions(state: ViewState): Record<string, string> {
  const descriptions: Record<string, string> = {};
  getGraphAsOf({ asOf: state.asOf, tiers: state.tiers, v: state.v }).forEachNode((key, a) => {
    if (a.kind !== "country" && a.kind !== "organisation") return;
    descriptions[key] = `${state.lang === "vi" ? a.labelVi : a.label}: ${tierName(state.lang, a.tier)}`;
  });
  return descriptions;
}

export const EMBED_STYLE = `${webFontCss()}
html{color-scheme:light dark}html[data-theme=light]{color-scheme:light}html[data-theme=dark]{color-scheme:dark}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans",Roboto,sans-serif}${embedColourCss()}
.skip{position:absolute;left:-9999px}
figure{margin:0}figure:focus-visible{outline:3px solid #e69f00;outline-offset:-3px}
figure svg{display:block;width:100%;height:auto;font-family:"${FONT_FAMILY}",sans-serif}
[data-key]{cursor:pointer}
[data-key].focused>:first-child{stroke:#e69f00;stroke-width:3px}
p{margin:4px 8px;font-size:14px}a{color:LinkText}`;

/**
 * The whole /embed document: the server's picture as inline SVG (every mark carries its `data-key`), a status
 * line, a credit linking to the full view, and one small script. No framework: it is the page a story's
 * readers hammer, so it is memoised and cacheable like an image.
 */
export function embedHtml(state: ViewState, origin: string): string {
  const p = embedParams(state);
  return memo(`embed|${origin}|${JSON.stringify(p)}`, () => {
    const t = translator(state.lang);
    const descriptions = partnerDescriptions(state);
    // Light ink only: dark is the same drawing recoloured by CSS (lib/embed/variants.ts).
    const light = { ...state, theme: "light" as const };
    const pictures = p.sizes
      .map(
        ({ width, height }) =>
          `<div class="drawn drawn-${width}">${withIdSuffix(snapshotSvg({ ...light, width, height }), String(width))}</div>`,
      )
      .join("");
    const fullView = `/${viewStateToQuery(state)}`;
    const heading = state.title ?? `${t("tagline")} — ${t("asOf")} ${formatDate(state.asOf, state.lang)}`;
    const focused = state.focus ? (descriptions[state.focus] ?? "") : "";
    return [
      embedHead(state, heading, origin, widthChoiceCss(p.sizes)),
      `<body><main class="embed"><h1 class="skip">${escapeXml(heading)}</h1>`,
      `<figure data-testid="graph-canvas" data-ready="false" tabindex="0" role="group" aria-label="${escapeXml(t("graphLabel"))}"`,
      ` aria-describedby="embed-help" data-focus="${escapeXml(state.focus ?? "")}" data-descriptions="${escapeXml(JSON.stringify(descriptions))}">`,
      `${pictures}<span id="embed-help" class="skip">${escapeXml(t("canvasHelp"))}</span></figure>`,
      `<p id="embed-status" role="status">${escapeXml(focused)}</p>`,
      `<p class="credit"><a href="${escapeXml(fullView)}" target="_blank" rel="noopener">${escapeXml(t("credit"))}</a></p>`,
      `</main><script>${EMBED_SCRIPT}</script></body></html>`,
    ].join("");
  });
}
