import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { validateDataset } from "@/lib/dataset/validate";
import { allCountryDetails } from "@/lib/views/country-details";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { CountryDetailsView } from "./CountryDetailsView";
import { getCountryDetails } from "@/lib/views/payload";

const HOSTILE = `<script>alert(1)</script>"onload="alert(2)" ]]><img src=x onerror=alert(3)>`;

describe("CountryDetailsView with hostile data", () => {
  it("renders labels, quotes and publishers as text, never as markup", () => {
    const f = fixtureData();
    f.relationships.AU!.name = HOSTILE;
    (f.relationships.AU!.tiers as { citations: { source: string; quote: string }[] }[])[0]!.citations = [
      { source: "news-1", quote: HOSTILE },
    ];
    f.sources.sources[0]!.publisher = HOSTILE;
    f.sources.sources[0]!.url = "https://example.org/?q=%22onmouseover=alert(4)";
    const { dataset, problems } = validateDataset(toRawFiles(f), "2026-11-23");
    expect(problems).toEqual([]);
    const details = allCountryDetails(dataset!).get("AU")!;
    const html = renderToStaticMarkup(<CountryDetailsView details={details} lang="en" />);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    // React double-quotes every attribute and escapes quotes inside: blank the values, then look for handlers.
    const tags = html.replace(/"[^"]*"/g, '""');
    expect(tags.match(/<[^>]*\son\w+=/)?.[0] ?? null).toBeNull();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses javascript: and other non-web source URLs at validation", () => {
    const f = fixtureData();
    f.sources.sources[0]!.url = "javascript:alert(1)";
    const { problems } = validateDataset(toRawFiles(f), "2026-11-23");
    expect(problems.map((p) => p.path)).toContain("sources[0].url");
  });
});

describe("CountryDetailsView in Vietnamese", () => {
  it("shows sourced Vietnamese official names and marks English fallbacks for screen readers", () => {
    const details = getCountryDetails("AU")!;
    const html = renderToStaticMarkup(<CountryDetailsView details={details} lang="vi" />);
    const sourced = details.ladder.filter((s) => s.officialNameVi);
    expect(sourced.length).toBeGreaterThan(0);
    for (const s of sourced) expect(html).toContain(`<em>${s.officialNameVi}</em>`);
    const withoutVi = { ...details, ladder: details.ladder.map((s) => ({ ...s, officialNameVi: null })) };
    const fallback = renderToStaticMarkup(<CountryDetailsView details={withoutVi} lang="vi" />);
    for (const s of details.ladder)
      expect(fallback).toContain(`<em><span lang="en">${s.officialName}</span></em>`);
    // The 2015 enhancement stays inside the comprehensive tier.
    expect(html).toContain("Thay đổi trong cùng cấp độ");
    expect(html).toContain('href="/leader/nguyen-tan-dung?lang=vi"');
  });
});
