import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";
import { FRAME_SLIDES, lessonDeck, lessonPlan } from "./deck";
import { getExplorerPayload } from "@/lib/views/payload";
import { MAX_PERIODS } from "./periods";

const stateOf = (query: string) => parseViewState(new URLSearchParams(query));

/** The deck's slides' XML, in slide order, and each slide's speaker notes. */
function slidesOf(deck: Buffer): { slides: string[]; notes: string[] } {
  const files = unzipSync(new Uint8Array(deck));
  const numbered = (prefix: string) =>
    Object.keys(files)
      .filter((name) => new RegExp(`^${prefix}\\d+\\.xml$`).test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
      .map((name) => strFromU8(files[name] ?? new Uint8Array()));
  return { slides: numbered("ppt/slides/slide"), notes: numbered("ppt/notesSlides/notesSlide") };
}

/** The words of a slide's XML, its runs joined, entities decoded. */
const wordsOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? "")
    .join(" ")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("a lesson deck of the whole history", () => {
  const state = stateOf("lang=en");
  const plan = lessonPlan(state);
  let deck: Buffer;
  let millis = 0;
  const work = mkdtempSync(path.join(tmpdir(), "bamboo-lesson-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is built in well under a minute", async () => {
    const started = performance.now();
    deck = await lessonDeck(state, null);
    millis = performance.now() - started;
    expect(millis).toBeLessThan(60_000);
  }, 120_000);

  it("has a title slide, the network at both ends and a slide per period, at most eight of them", () => {
    expect(plan.changes.length).toBeGreaterThan(MAX_PERIODS);
    expect(plan.periods).toHaveLength(MAX_PERIODS);
    const { slides, notes } = slidesOf(deck);
    expect(slides).toHaveLength(FRAME_SLIDES + MAX_PERIODS);
    // Without `from`, from the first of January of the year of the first framework.
    const firstYear = getExplorerPayload().changeDays[0]?.slice(0, 4);
    expect(plan.changes[0]?.effectiveFrom.slice(0, 4)).toBe(firstYear);
    expect(wordsOf(slides[0] ?? "")).toContain(`Vietnam's partnerships, 1 January ${firstYear} to`);
    expect(wordsOf(slides[1] ?? "")).toContain(`At the start: 1 January ${firstYear}`);
    expect(wordsOf(slides.at(-1) ?? "")).toContain("At the end:");
    // Every slide but the title shows a picture of the network.
    for (const slide of slides.slice(1)) expect(slide).toMatch(/<p:pic>/);
    // A period's slide lists its changes, and its notes give each change's sources with their words.
    const period = plan.periods.at(-1);
    const change = period?.changes[0];
    const citation = change?.citations[0];
    expect(citation?.url).toBeTruthy();
    const periodSlide = slides.at(-2) ?? "";
    expect(wordsOf(periodSlide)).toContain(`${period?.label}:`);
    expect(wordsOf(periodSlide)).toContain(change?.name);
    const periodNotes = wordsOf(notes.at(-2) ?? "");
    expect(periodNotes).toContain(citation?.url);
    expect(periodNotes).toContain(citation?.quote.slice(0, 40));
  });

  it("opens in LibreOffice Impress: converted to PDF it has a page per slide, at least five", () => {
    const file = path.join(work, "lesson.pptx");
    writeFileSync(file, deck);
    // A profile of its own, so a LibreOffice already running on the machine is not asked to do it.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        file,
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    const info = execFileSync("pdfinfo", [path.join(work, "lesson.pdf")], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBe(FRAME_SLIDES + plan.periods.length);
  }, 300_000);
});

describe("a lesson deck in Vietnamese", () => {
  it("writes its slides and notes in Vietnamese", async () => {
    const deck = await lessonDeck(stateOf("lang=vi&from=2020-01-01&to=2024-12-31"), null);
    const { slides, notes } = slidesOf(deck);
    expect(slides.length).toBeGreaterThanOrEqual(5);
    expect(wordsOf(slides[0] ?? "")).toContain("Quan hệ đối tác của Việt Nam, 1 tháng 1, 2020 đến");
    expect(wordsOf(slides[1] ?? "")).toContain("Lúc bắt đầu");
    expect(slides[0]).toContain('lang="vi-VN"');
    expect(wordsOf(notes[2] ?? "")).toContain("Nguồn:");
    expect(slides.map(wordsOf).join(" ")).not.toMatch(/At the start|changes of tier/);
  }, 120_000);
});
