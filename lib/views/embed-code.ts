import { escapeXml } from "@/lib/render/escape-xml";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";

export const EMBED_KEYS = [
  "asOf",
  "tiers",
  "q",
  "focus",
  "layout",
  "lang",
  "theme",
  "a",
  "b",
  "preset",
  "title",
  "subtitle",
  "v",
] as const satisfies readonly (keyof ViewState)[];

/** What a picture (/api/graph.svg, .png) of a view reads from its state. */
export const PICTURE_KEYS = [
  "asOf",
  "tiers",
  "layout",
  "lang",
  "theme",
  "preset",
  "title",
  "subtitle",
  "v",
] as const satisfies readonly (keyof ViewState)[];

/** The few lines a host page needs so the frame takes the height the embed reports. */
export const RESIZE_SCRIPT =
  '<script>window.addEventListener("message",function(e){var h=e.data&&e.data["bamboo-height"];if(typeof h!=="number")return;' +
  'document.querySelectorAll("iframe[data-bamboo-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px";});});</script>';

export interface EmbedCode {
  src: string;
  html: string;
  width: number;
  height: number;
}

/** The iframe markup the share panel and oEmbed both give: one source, so they never drift apart. */
export function embedCode(
  origin: string,
  state: Partial<ViewState>,
  options: { width: number; height: number; title: string; alt: string },
): EmbedCode {
  const query = viewStateToQuery(state, EMBED_KEYS);
  const src = `${origin}/embed${query}`;
  const png = `${origin}/api/graph.png${viewStateToQuery(state, PICTURE_KEYS)}`;
  const html =
    `<iframe data-bamboo-embed src="${escapeXml(src)}" title="${escapeXml(options.title)}" width="${options.width}" height="${options.height}" ` +
    `style="border:0;width:100%;max-width:${options.width}px" loading="lazy"></iframe>` +
    `<noscript><img src="${escapeXml(png)}" alt="${escapeXml(options.alt)}" width="${options.width}"></noscript>` +
    RESIZE_SCRIPT;
  return { src, html, width: options.width, height: options.height };
}
