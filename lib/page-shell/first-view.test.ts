import { describe, expect, it } from "vitest";
import { escapeXml } from "@/lib/render/escape-xml";
import { parseViewState } from "@/lib/schema/view-state";
import { getExplorerPayload } from "@/lib/views/payload";
import { viewHeadline } from "@/lib/views/view-headline";
import { explorerFirstView } from "./first-view";

const view = (query: string) => parseViewState(new URLSearchParams(query));

describe("explorerFirstView", () => {
  it("is the explorer's own headline for the view, in its language", () => {
    for (const query of ["asOf=2024-03-10", "asOf=2024-03-10&lang=vi", "asOf=2016-06-01&tiers=strategic"]) {
      const state = view(query);
      const headline = viewHeadline(getExplorerPayload(null).partners, state);
      const html = explorerFirstView(state);
      expect(html).toContain(`<h1 class="view-title">${escapeXml(headline.title)}</h1>`);
      expect(html.includes('class="muted headline-detail"')).toBe(headline.detail !== "");
      // A filtered view's headline has no detail line: the title ends the section.
      expect(html).toContain(headline.detail ? `${escapeXml(headline.detail)}</p>` : "</h1></section>");
    }
  });

  it("counts the view's own day: a later day names more countries", () => {
    const count = (asOf: string) =>
      Number(/view-title">\D*(\d+)/.exec(explorerFirstView(view(`asOf=${asOf}`)))?.[1]);
    expect(count("1995-01-01")).toBeGreaterThan(0);
    expect(count("2024-03-10")).toBeGreaterThan(count("1995-01-01"));
  });

  it("is text: no script, no inline style", () => {
    const html = explorerFirstView(view("asOf=2024-03-10&lang=vi"));
    expect(html).not.toMatch(/<script|style=|on[a-z]+=/i);
  });
});
