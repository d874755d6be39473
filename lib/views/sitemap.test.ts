import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/dataset";
import { canonicalPath } from "./canonical";
import { robotsTxt, sitemapXml } from "./sitemap";

const ORIGIN = "https://bamboo.example.org";

describe("sitemap.xml", () => {
  const dataset = getDataset();
  const xml = sitemapXml(ORIGIN, dataset);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    urlset: { "@_xmlns": string; url: { loc: string }[] };
  };
  const locs = parsed.urlset.url.map((u) => u.loc);

  it("lists every partner's and every leader's page and the data page, in both languages, at the public address", () => {
    expect(parsed.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(dataset.relationships.length).toBeGreaterThan(0);
    expect(dataset.leaders.length).toBeGreaterThan(0);
    for (const r of dataset.relationships) {
      expect(locs).toContain(`${ORIGIN}/country/${r.key}`);
      expect(locs).toContain(`${ORIGIN}/country/${r.key}?lang=vi`);
    }
    for (const l of dataset.leaders)
      expect(locs).toContain(`${ORIGIN}/leader/${l.id.slice("leader:".length)}`);
    for (const page of ["/", "/compare", "/data"]) expect(locs).toContain(`${ORIGIN}${page}`);
    expect(new Set(locs).size).toBe(locs.length);
    // sitemaps.org: at most 50,000 addresses per file.
    expect(locs.length).toBeLessThanOrEqual(50_000);
  });

  it("robots.txt names the sitemap by its absolute address", () => {
    expect(robotsTxt(ORIGIN)).toMatch(/^Sitemap: https:\/\/bamboo\.example\.org\/sitemap\.xml$/m);
    expect(robotsTxt(ORIGIN)).not.toMatch(/Disallow: \/\s*$/m);
  });
});

describe("canonicalPath", () => {
  it("keeps what makes another page (Vietnamese, a pinned release) and drops the rest", () => {
    expect(canonicalPath("/country/JP?utm_source=x&theme=dark")).toBe("/country/JP");
    expect(canonicalPath("/country/JP?lang=vi&theme=dark")).toBe("/country/JP?lang=vi");
    expect(canonicalPath("/data?lang=en&v=2026.12.03")).toBe("/data?v=2026.12.03");
  });
});
