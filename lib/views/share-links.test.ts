import { describe, expect, it } from "vitest";
import { RESIZE_SCRIPT } from "./embed-code";
import { shareOutput, type ShareChoice } from "./share-links";

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
const text = { title: "Vietnam's partners", alt: "A network" };

describe("shareOutput", () => {
  it("embeds an iframe with the resize snippet and a noscript picture carrying the author's words", () => {
    const out = shareOutput(origin, state, { ...choice, preset: "social", title: "Ours" }, text);
    expect(out.preview).toMatchObject({
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
    expect(out.preview).toMatchObject({ as: "img", width: 1920, height: 1080 });
    expect(out.downloads.map((d) => d.id)).toEqual(["svg", "png"]);
    expect(out.preview?.src).toBe(out.downloads[0]?.href);
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
    expect(data.preview).toBeNull();
    expect(data.downloads.map((d) => d.id)).toEqual(["json", "gexf", "graphml", "csv"]);
  });
});
