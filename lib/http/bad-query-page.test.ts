import { describe, expect, it } from "vitest";
import { badQueryPage, wantsHtmlPage } from "./bad-query-page";

describe("the 400 page for people", () => {
  it("is chosen for a browser asking for a page, never for the API or a script", () => {
    expect(wantsHtmlPage("/", "text/html,application/xhtml+xml,*/*;q=0.8")).toBe(true);
    expect(wantsHtmlPage("/api/graph", "text/html")).toBe(false);
    expect(wantsHtmlPage("/", "*/*")).toBe(false);
    expect(wantsHtmlPage("/", null)).toBe(false);
  });

  it("says the API's sentence, escapes the request, links to a valid view and runs no script", () => {
    const html = badQueryPage("/compare", "en", "The query is invalid.", [
      { path: "asOf", message: '<script>alert("x")</script>' },
    ]);
    expect(html).toContain("The query is invalid.");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="/compare"');
  });

  it("sends an unknown path to the explorer, in the reader's language", () => {
    const html = badQueryPage('/x"><b>', "vi", "Bad.", []);
    expect(html).toContain('href="/?lang=vi"');
    expect(html).toContain('lang="vi"');
    expect(html).not.toContain("<b>");
  });
});
