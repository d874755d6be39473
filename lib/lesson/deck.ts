import PptxGenJS from "pptxgenjs";
import { formatDate, translator } from "@/lib/i18n/messages";
import { EARLIEST_DATE } from "@/lib/schema/dates";
import { HOME_COLOUR } from "@/lib/render/palette";
import { snapshotParams, snapshotPng } from "@/lib/render/snapshot";
import type { Lang, ViewState } from "@/lib/schema/view-state";
import { filterChanges, type ChangeRow } from "@/lib/views/changes";
import { getChanges, getExplorerPayload } from "@/lib/views/payload";
import { stepText } from "@/lib/views/play-caption";
import { lessonPeriods, type LessonPeriod } from "./periods";

/** What a deck shows: its span, the changes in it, and the periods that each get a slide. */
export interface LessonPlan {
  from: string;
  to: string;
  changes: ChangeRow[];
  periods: LessonPeriod[];
  release: string;
}

/**
 * The period a deck covers: `from` (else 1 January of the year of the first framework, so the first picture
 * already shows the countries Vietnam had relations with, not an empty page) to `to` (else `asOf`).
 */
export function lessonSpan(state: ViewState): { from: string; to: string } {
  const first = getExplorerPayload(state.v).changeDays[0];
  return {
    from: state.from ?? (first ? `${first.slice(0, 4)}-01-01` : EARLIEST_DATE),
    to: state.to ?? state.asOf,
  };
}

export function lessonPlan(state: ViewState): LessonPlan {
  const { from, to } = lessonSpan(state);
  const changes = filterChanges(getChanges(state.v), { from, to, tiers: state.tiers, focus: null });
  return {
    from,
    to,
    changes,
    periods: lessonPeriods(changes, { from, to }),
    release: getExplorerPayload(state.v).release,
  };
}

/** Slides around the periods: the title, the network at the start, and at the end. */
export const FRAME_SLIDES = 3;

/** A font every copy of PowerPoint has (LibreOffice draws it with its metric twin), Vietnamese included. */
const FONT = "Arial";
/** Inches of a 16:9 slide (pptxgenjs's LAYOUT_WIDE). */
const SLIDE = { w: 13.333, h: 7.5 };
/**
 * The pictures' size (3:2): small, so their labels (never under 11 px) are large for the picture and read
 * from the back of a classroom (about 9 pt on the slide); drawn at 1.5 times the pixels, about what a 1080p
 * projector shows of them (more only makes the deck slower to make and larger).
 */
const PICTURE = { width: 780, height: 520, scale: 1.5 };
/** At most this many changes are listed on a slide; the rest are named in its notes. */
const LISTED = 10;
/** The column beside a period's picture: what changed, then what the rings mean. */
const LIST = { x: 9.55, w: SLIDE.w - 9.55 - 0.25 };
const INK = "1B1B1B";
const MUTED = "4D4D4D";

const locale = (lang: Lang) => (lang === "vi" ? "vi-VN" : "en-GB");

/** One change as a line: "September 2023 · United States: comprehensive → comprehensive strategic". */
function changeLine(row: ChangeRow, lang: Lang): string {
  const name = lang === "vi" ? row.nameVi : row.name;
  return `${formatDate(row.date, lang)} · ${stepText(name, row.tierBefore, row.tierAfter, lang)}`;
}

/** A period's speaker notes: every change with each source's publisher, link and quoted words. */
function periodNotes(period: LessonPeriod, lang: Lang): string {
  const t = translator(lang);
  return period.changes
    .map((row) => {
      const sources = row.citations.map((c) => {
        const where = [c.publisher, c.title ? `“${c.title}”` : null, c.published].filter(Boolean).join(", ");
        return `- ${where}${c.url ? `: ${c.url}` : ""}\n  “${c.quote}”`;
      });
      return [
        changeLine(row, lang),
        `${t("lesson.sources")}:`,
        ...(sources.length ? sources : [t("lesson.noSource")]),
      ].join("\n");
    })
    .join("\n\n");
}

/** A slide's picture: the view at `asOf` at the deck's picture size, without the author's words. */
const pictureView = (state: ViewState, asOf: string): ViewState => ({
  ...state,
  asOf,
  preset: null,
  ...PICTURE,
  title: null,
  subtitle: null,
});

/** Everything a deck depends on (its ETag and memo key): its pictures' parameters, its span and title. */
export function lessonParams(state: ViewState) {
  return {
    ...snapshotParams(pictureView(state, state.asOf)),
    asOf: undefined,
    ...lessonSpan(state),
    title: state.title ?? undefined,
  };
}

/** The network on a day as a PNG for a slide, the partners in `highlight` ringed. */
async function picture(state: ViewState, asOf: string, highlight?: string[]): Promise<string> {
  const png = await snapshotPng(pictureView(state, asOf), highlight ? { highlight } : undefined);
  return `image/png;base64,${png.toString("base64")}`;
}

function heading(slide: PptxGenJS.Slide, text: string, lang: Lang) {
  slide.addText(text, {
    x: 0.4,
    y: 0.25,
    w: SLIDE.w - 0.8,
    h: 0.8,
    fontFace: FONT,
    fontSize: 30,
    bold: true,
    color: INK,
    lang: locale(lang),
  });
}

/**
 * The lesson deck (contract: Lesson deck): a title slide, the network at the start, a slide per period of
 * change (its picture with the changed partners ringed, what changed beside it, the sources in the speaker
 * notes), and the network at the end; in the view's language. The pictures are the renderer's PNGs.
 */
export async function lessonDeck(state: ViewState, site: string | null): Promise<Buffer> {
  const { lang } = state;
  const t = translator(lang);
  const plan = lessonPlan(state);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = "Bamboo";
  const title =
    state.title ?? t("lesson.title", { from: formatDate(plan.from, lang), to: formatDate(plan.to, lang) });
  pptx.title = title;
  const text = { fontFace: FONT, color: INK, lang: locale(lang) };

  const cover = pptx.addSlide();
  cover.addShape("rect", {
    x: 0,
    y: 0,
    w: 0.35,
    h: SLIDE.h,
    fill: { color: HOME_COLOUR.slice(1) },
    line: { color: HOME_COLOUR.slice(1) },
  });
  cover.addText(title, {
    ...text,
    x: 0.9,
    y: 1.8,
    w: SLIDE.w - 1.8,
    h: 1.6,
    fontSize: 40,
    bold: true,
    valign: "bottom",
  });
  cover.addText(t("lesson.subtitle", { count: plan.changes.length, periods: plan.periods.length }), {
    ...text,
    x: 0.9,
    y: 3.6,
    w: SLIDE.w - 1.8,
    h: 1.4,
    fontSize: 22,
    color: MUTED,
    valign: "top",
  });
  cover.addText(t("lesson.credit", { release: plan.release }), {
    ...text,
    x: 0.9,
    y: 6.4,
    w: SLIDE.w - 1.8,
    h: 0.5,
    fontSize: 14,
    color: MUTED,
  });
  cover.addNotes(t("lesson.howTo", { site: site ?? "Bamboo" }));

  const whole = async (label: "lesson.start" | "lesson.end", day: string) => {
    const slide = pptx.addSlide();
    heading(slide, t(label, { date: formatDate(day, lang) }), lang);
    const h = SLIDE.h - 1.1 - 0.15;
    const w = (h * PICTURE.width) / PICTURE.height;
    slide.addImage({ data: await picture(state, day), x: (SLIDE.w - w) / 2, y: 1.1, w, h });
  };

  await whole("lesson.start", plan.from);
  for (const period of plan.periods) {
    const slide = pptx.addSlide();
    heading(slide, t("lesson.period", { label: period.label, count: period.changes.length }), lang);
    const ringed = [...new Set(period.changes.map((c) => c.key))];
    slide.addImage({ data: await picture(state, period.to, ringed), x: 0.15, y: 1.05, w: 9.3, h: 6.2 });
    slide.addText(t("lesson.ringed"), { ...text, ...LIST, y: 6.3, h: 0.9, fontSize: 13, color: MUTED });
    const listed = period.changes.length > LISTED ? period.changes.slice(0, LISTED - 1) : period.changes;
    const lines = listed.map((row) => changeLine(row, lang));
    if (listed.length < period.changes.length)
      lines.push(t("lesson.more", { count: period.changes.length - listed.length }));
    const size = lines.length <= 4 ? 18 : lines.length <= 7 ? 15 : 13;
    slide.addText(
      lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true, paraSpaceAfter: 4 } })),
      { ...text, ...LIST, y: 1.1, h: 5.1, fontSize: size, valign: "top" },
    );
    slide.addNotes(periodNotes(period, lang));
  }
  await whole("lesson.end", plan.to);

  const bytes = await pptx.write({ outputType: "uint8array" });
  if (!(bytes instanceof Uint8Array)) throw new Error("pptxgenjs wrote no bytes");
  return Buffer.from(bytes);
}
