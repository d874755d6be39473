import { escapeXml } from "@/lib/render/escape-xml";
import { pictureSize, type Preset } from "@/lib/schema/presets";
import { FORMATS, viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { COMPARE_KEYS } from "./compare";
import { embedCode, PICTURE_KEYS } from "./embed-code";

export const SHARE_KINDS = ["embed", "picture", "animation", "lesson", "data"] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** What an author picked in the share panel. */
export interface ShareChoice {
  kind: ShareKind;
  preset: Preset | null;
  title: string;
  subtitle: string;
  /** PNG pixel density. */
  scale: number;
  /** The animation's (and the lesson deck's) span; a comparison always spans its two dates. */
  from: string;
  to: string;
}

export interface ShareDownload {
  label: string;
  href: string;
  id: string;
  /** The day a comparison's still shows (its downloads come in pairs). */
  day?: string;
}

/** One thing the preview shows at its true size: the embed itself in a frame, or a picture or animation. */
export interface SharePreview {
  as: "iframe" | "img";
  src: string;
  width: number;
  height: number;
  /** The day a comparison's still shows; null for the one picture of a view. */
  day: string | null;
}

export interface ShareOutput {
  previews: SharePreview[];
  /** The code to paste into a page, absolute to `origin`. */
  code: string | null;
  /** The oEmbed address a CMS asks for the same embed (only for an embed). */
  oembed: string | null;
  downloads: ShareDownload[];
}

/** What is shared: the explorer's view, or (with `a` and `b`) the comparison of two dates. */
export type ShareState = Partial<ViewState> & Pick<ViewState, "lang">;

/** The two dates a shared view compares, or null for a single view. */
export function comparedSpan(state: ShareState): { a: string; b: string } | null {
  return state.a && state.b ? { a: state.a, b: state.b } : null;
}

/** The address of the page itself: the explorer's view, or the comparison on /compare. */
export function shareLink(origin: string, state: ShareState): string {
  return comparedSpan(state)
    ? `${origin}/compare${viewStateToQuery(state, COMPARE_KEYS)}`
    : `${origin}/${viewStateToQuery(state)}`;
}

/** The oEmbed request a consumer makes for an embed address (contract: `GET /api/oembed?url=`). */
export function oembedUrl(origin: string, embedSrc: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(embedSrc)}`;
}

const ANIMATION_KEYS = [
  "from",
  "to",
  "tiers",
  "layout",
  "lang",
  "theme",
  "preset",
  "title",
  "subtitle",
  "v",
] as const;
// Slides carry their own layout: a deck takes the span, the filter, the language and a title only.
const LESSON_KEYS = ["from", "to", "tiers", "layout", "lang", "title", "v"] as const;

/**
 * Everything the share panel shows for a choice: one function, so the preview is exactly what is shared. A
 * comparison (state with `a` and `b`) embeds `/embed?a=&b=`, offers both dates' stills, and animates and
 * teaches the span between them.
 */
export function shareOutput(
  origin: string,
  state: ShareState,
  choice: ShareChoice,
  text: { title: string; alt: (day: string) => string },
): ShareOutput {
  const span = comparedSpan(state);
  const authored: ShareState = {
    ...state,
    // A comparison's embed is addressed by its two dates alone.
    asOf: span ? undefined : state.asOf,
    preset: choice.preset,
    title: choice.title.trim() || null,
    subtitle: choice.subtitle.trim() || null,
  };
  const { from, to } = span ? { from: span.a, to: span.b } : choice;
  const days = span ? [span.a, span.b] : [state.asOf ?? ""];
  const size = pictureSize(authored);
  const picture = (kind: "svg" | "png", day: string, extra: Partial<ViewState> = {}) =>
    `/api/graph.${kind}${viewStateToQuery({ ...authored, asOf: day || undefined, ...extra }, [...PICTURE_KEYS, "scale"])}`;
  const img = (src: string, alt: string) =>
    `<img src="${escapeXml(origin + src)}" alt="${escapeXml(alt)}" width="${size.width}" height="${size.height}" style="max-width:100%;height:auto">`;
  const still = (day: string): Omit<SharePreview, "as" | "src"> => ({ ...size, day: span ? day : null });
  switch (choice.kind) {
    case "embed": {
      const code = embedCode(origin, authored, {
        width: Math.min(size.width, 1200),
        height: 620,
        title: authored.title ?? text.title,
        alt: text.alt(days[days.length - 1] ?? ""),
      });
      return {
        previews: [
          {
            as: "iframe",
            src: code.src.slice(origin.length),
            width: code.width,
            height: code.height,
            day: null,
          },
        ],
        code: code.html,
        oembed: oembedUrl(origin, code.src),
        downloads: [],
      };
    }
    case "picture":
      return {
        previews: days.map((day) => ({ as: "img", src: picture("svg", day), ...still(day) })),
        code: days.map((day) => img(picture("png", day, { scale: choice.scale }), text.alt(day))).join("\n"),
        oembed: null,
        downloads: days.flatMap((day) => [
          { label: "SVG", href: picture("svg", day), id: span ? `svg-${day}` : "svg", ...(span && { day }) },
          {
            label: "PNG",
            href: picture("png", day, { scale: choice.scale }),
            id: span ? `png-${day}` : "png",
            ...(span && { day }),
          },
        ]),
      };
    case "animation": {
      const gif = `/api/graph.gif${viewStateToQuery({ ...authored, from, to }, ANIMATION_KEYS)}`;
      return {
        previews: [{ as: "img", src: gif, ...size, day: null }],
        code: img(gif, text.alt(to)),
        oembed: null,
        downloads: [{ label: "GIF", href: gif, id: "gif" }],
      };
    }
    case "lesson":
      return {
        previews: [],
        code: null,
        oembed: null,
        downloads: [
          {
            label: "PowerPoint (.pptx)",
            href: `/api/lesson.pptx${viewStateToQuery({ ...authored, from, to }, LESSON_KEYS)}`,
            id: "pptx",
          },
        ],
      };
    case "data":
      return {
        previews: [],
        code: null,
        oembed: null,
        downloads: span
          ? (["json", "csv"] as const).map((format) => ({
              label: format.toUpperCase(),
              href: `/api/compare${viewStateToQuery({ ...state, format }, ["a", "b", "tiers", "lang", "format", "v"])}`,
              id: format,
            }))
          : FORMATS.map((format) => ({
              label: format.toUpperCase(),
              href: `/api/graph${viewStateToQuery({ ...state, format }, ["asOf", "tiers", "lang", "format", "v"])}`,
              id: format,
            })),
      };
  }
}
