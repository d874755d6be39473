import { escapeXml } from "@/lib/render/escape-xml";
import { pictureSize, type Preset } from "@/lib/schema/presets";
import { FORMATS, viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
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
  /** The animation's (and the lesson deck's) span. */
  from: string;
  to: string;
}

export interface ShareDownload {
  label: string;
  href: string;
  id: string;
}

export interface ShareOutput {
  /** What the preview shows: the embed itself in a frame, or the picture/animation as an image. */
  preview: { as: "iframe" | "img"; src: string; width: number; height: number } | null;
  /** The code to paste into a page, absolute to `origin`. */
  code: string | null;
  downloads: ShareDownload[];
}

/** Everything the share panel shows for a choice: one function, so the preview is exactly what is shared. */
export function shareOutput(
  origin: string,
  state: Partial<ViewState> & Pick<ViewState, "lang">,
  choice: ShareChoice,
  text: { title: string; alt: string },
): ShareOutput {
  const authored = {
    ...state,
    preset: choice.preset,
    title: choice.title.trim() || null,
    subtitle: choice.subtitle.trim() || null,
  };
  const size = pictureSize(authored);
  const picture = (kind: "svg" | "png", extra: Partial<ViewState> = {}) =>
    `/api/graph.${kind}${viewStateToQuery({ ...authored, ...extra }, [...PICTURE_KEYS, "scale"])}`;
  const img = (src: string) =>
    `<img src="${escapeXml(origin + src)}" alt="${escapeXml(text.alt)}" width="${size.width}" height="${size.height}" style="max-width:100%;height:auto">`;
  switch (choice.kind) {
    case "embed": {
      const code = embedCode(origin, authored, {
        width: Math.min(size.width, 1200),
        height: 620,
        title: authored.title ?? text.title,
        alt: text.alt,
      });
      return {
        preview: { as: "iframe", src: code.src.slice(origin.length), width: code.width, height: code.height },
        code: code.html,
        downloads: [],
      };
    }
    case "picture":
      return {
        preview: { as: "img", src: picture("svg"), ...size },
        code: img(picture("png", { scale: choice.scale })),
        downloads: [
          { label: "SVG", href: picture("svg"), id: "svg" },
          { label: "PNG", href: picture("png", { scale: choice.scale }), id: "png" },
        ],
      };
    case "animation": {
      const gif = `/api/graph.gif${viewStateToQuery({ ...authored, from: choice.from, to: choice.to }, ["from", "to", "tiers", "layout", "lang", "theme", "preset", "title", "subtitle", "v"])}`;
      return {
        preview: { as: "img", src: gif, ...size },
        code: img(gif),
        downloads: [{ label: "GIF", href: gif, id: "gif" }],
      };
    }
    case "lesson": {
      // Slides carry their own layout: a deck takes the span, the filter, the language and a title only.
      const keys = ["from", "to", "tiers", "layout", "lang", "title", "v"] as const;
      const deck = `/api/lesson.pptx${viewStateToQuery({ ...authored, from: choice.from, to: choice.to }, keys)}`;
      return {
        preview: null,
        code: null,
        downloads: [{ label: "PowerPoint (.pptx)", href: deck, id: "pptx" }],
      };
    }
    case "data":
      return {
        preview: null,
        code: null,
        downloads: FORMATS.map((format) => ({
          label: format.toUpperCase(),
          href: `/api/graph${viewStateToQuery({ ...state, format }, ["asOf", "tiers", "lang", "format", "v"])}`,
          id: format,
        })),
      };
  }
}
