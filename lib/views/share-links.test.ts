import { describe, expect, it } from "vitest";
import { RESIZE_SCRIPT } from "./embed-code";
import { shareLink, shareOutput, type ShareChoice } from "./share-links";

const origin = "https://bamboo.example";
const state = { asOf: "2024-03-10", lang: "en" as const, tiers: null };
const choice: ShareChoice = {
  kind: "embed",
  preset: null,
  title: "",
  subtitle: "",
  scale: 2,
  from: "1990-01-01",
  to: "2024-03-10",
};
const text = { title: "Vietnam's partners", alt: (day: string) => `The network on ${day}` };

describe("shareOutput", () => {
  it("embeds an iframe with the resize snippet and a noscript picture carrying the author's words", () => {
    const out = shareOutput(origin, state, { ...choice, preset: "social", title: "Ours" }, text);
    expect(out.previews).toHaveLength(1);
    expect(out.previews[0]).toMatchObject({
      as: "iframe",
      src: "/embed?asOf=2024-03-10&lang=en&preset=social&title=Ours",
    });
    expect(out.code).toContain(RESIZE_SCRIPT);
    expect(out.code).toContain('<noscript><img src="https://bamboo.example/api/graph.png?asOf=2024-03-10');
    expect(out.code).toContain("preset=social&amp;title=Ours");
  });

  it("previews the very picture it offers, and escapes the author's title in the code", () => {
    const out = shareOutput(
      origin,
      state,
      { ...choice, kind: "picture", preset: "slide", title: '"><b>' },
      text,
    );
    expect(out.previews).toHaveLength(1);
    expect(out.previews[0]).toMatchObject({ as: "img", width: 1920, height: 1080 });
    expect(out.downloads.map((d) => d.id)).toEqual(["svg", "png"]);
    expect(out.previews[0]?.src).toBe(out.downloads[0]?.href);
    expect(out.code).not.toContain('"><b>');
    expect(out.code).toContain("title=%22%3E%3Cb%3E");
    expect(out.downloads[1]?.href).toContain("scale=2");
  });

  it("animates the chosen span, offers it as a lesson deck and lists every data format", () => {
    const gif = shareOutput(origin, state, { ...choice, kind: "animation", from: "2010-01-01" }, text);
    expect(gif.downloads).toEqual([
      { label: "GIF", href: "/api/graph.gif?from=2010-01-01&to=2024-03-10&lang=en", id: "gif" },
    ]);
    const deck = shareOutput(origin, state, { ...choice, kind: "lesson", from: "2010-01-01" }, text);
    expect(deck.downloads).toEqual([
      {
        label: "PowerPoint (.pptx)",
        href: "/api/lesson.pptx?from=2010-01-01&to=2024-03-10&lang=en",
        id: "pptx",
      },
    ]);
    const data = shareOutput(origin, state, { ...choice, kind: "data" }, text);
    expect(data.previews).toEqual([]);
    expect(data.downloads.map((d) => d.id)).toEqual(["json", "gexf", "graphml", "csv"]);
  });

  it("gives the oEmbed address of the very embed it codes, and the page's own link", () => {
    const out = shareOutput(origin, state, { ...choice, title: "Ours" }, text);
    const src = "https://bamboo.example/embed?asOf=2024-03-10&lang=en&title=Ours";
    expect(out.code).toContain(`src="${src.replaceAll("&", "&amp;")}"`);
    expect(out.oembed).toBe(`https://bamboo.example/api/oembed?url=${encodeURIComponent(src)}`);
    expect(shareLink(origin, { ...state, focus: "JP" })).toBe(
      "https://bamboo.example/?asOf=2024-03-10&focus=JP&lang=en",
    );
  });
});

describe("shareOutput for a comparison", () => {
  const compared = {
    lang: "vi" as const,
    tiers: null,
    a: "2023-01-01",
    b: "2024-03-10",
    sort: "name" as const,
  };

  it("embeds /embed?a=&b= without a single day, and links to /compare", () => {
    const out = shareOutput(origin, compared, choice, text);
    expect(out.previews.map((p) => p.src)).toEqual(["/embed?lang=vi&a=2023-01-01&b=2024-03-10"]);
    expect(out.oembed).toBe(
      `https://bamboo.example/api/oembed?url=${encodeURIComponent("https://bamboo.example/embed?lang=vi&a=2023-01-01&b=2024-03-10")}`,
    );
    expect(shareLink(origin, compared)).toBe(
      "https://bamboo.example/compare?a=2023-01-01&b=2024-03-10&lang=vi&sort=name",
    );
  });

  it("offers a still of each date, with its own alt text, and animates and teaches the span between them", () => {
    const pictures = shareOutput(origin, compared, { ...choice, kind: "picture" }, text);
    expect(pictures.previews.map((p) => p.day)).toEqual(["2023-01-01", "2024-03-10"]);
    expect(pictures.downloads.map((d) => d.href)).toEqual([
      "/api/graph.svg?asOf=2023-01-01&lang=vi",
      "/api/graph.png?asOf=2023-01-01&lang=vi&scale=2",
      "/api/graph.svg?asOf=2024-03-10&lang=vi",
      "/api/graph.png?asOf=2024-03-10&lang=vi&scale=2",
    ]);
    expect(pictures.code).toContain('alt="The network on 2023-01-01"');
    expect(pictures.code).toContain('alt="The network on 2024-03-10"');
    // The author's own span is ignored: a comparison animates between its two dates.
    const gif = shareOutput(origin, compared, { ...choice, kind: "animation", from: "1990-01-01" }, text);
    expect(gif.downloads[0]?.href).toBe("/api/graph.gif?from=2023-01-01&to=2024-03-10&lang=vi");
    const deck = shareOutput(origin, compared, { ...choice, kind: "lesson" }, text);
    expect(deck.downloads[0]?.href).toBe("/api/lesson.pptx?from=2023-01-01&to=2024-03-10&lang=vi");
    const data = shareOutput(origin, compared, { ...choice, kind: "data" }, text);
    expect(data.downloads.map((d) => d.href)).toEqual([
      "/api/compare?a=2023-01-01&b=2024-03-10&lang=vi",
      "/api/compare?a=2023-01-01&b=2024-03-10&lang=vi&format=csv",
    ]);
  });
});
