import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as load } from "yaml";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-cff";
import { citationCff } from "@/lib/cite/cff";
import { DATASET_TITLE, PUBLISHER } from "@/lib/cite/identity";
import { GET } from "./route";
import { CitationFormats } from "@/lib/cite/citation";
import { citedRelease } from "@/lib/cite/release";
import { listReleases } from "@/lib/dataset/releases";

const cite = (page: string) => GET(new Request(`http://localhost/api/cite?page=${encodeURIComponent(page)}`));

describe("GET /api/cite", () => {
  it("cites a country page in four formats, each naming the release, the pinned address and the access date", async () => {
    const response = cite("/country/JP");
    expect(response.status).toBe(200);
    const body = CitationFormats.parse(await response.json());
    const release = citedRelease().version;
    expect(body.release).toBe(release);
    expect(body.title).toContain("Japan");
    expect(body.url.startsWith("http://localhost/country/JP")).toBe(true);
    const [year, month, day] = body.accessed.split("-").map(Number);
    expect(body.text).toContain(body.url);
    expect(body.text).toContain(`Release ${release}`);
    expect(body.text).toContain(`${year}`);
    expect(body.bibtex).toMatch(/^@\w+\{/);
    expect(body.bibtex).toContain(`url = {${body.url}}`);
    expect(body.bibtex).toContain(`accessed ${body.accessed}`);
    expect(body.ris).toContain("TY  - DATA");
    expect(body.ris).toContain(`UR  - ${body.url}`);
    expect(body.ris).toContain(`Y2  - ${year}/${month}/${day}/`);
    expect(body.csl[0]?.version).toBe(release);
    expect(body.csl[0]?.accessed["date-parts"]).toEqual([[year, month, day]]);
  });

  it("cites a pinned page at its own release, its address pinned to it; an unknown release is a 404", async () => {
    const releases = listReleases();
    expect(releases.length).toBeGreaterThan(0);
    for (const { version, date } of releases) {
      const body = CitationFormats.parse(await cite(`/country/JP?v=${version}`).json());
      expect(body.release).toBe(version);
      expect(new URL(body.url).searchParams.get("v")).toBe(version);
      expect(body.text).toContain(`Release ${version}`);
      expect(body.csl[0]?.issued?.["date-parts"]).toEqual([date.split("-").map(Number)]);
    }
    expect(cite("/country/JP?v=1999.01.01").status).toBe(404);
  });

  it("spells out the explorer's date so the cited address shows the same view tomorrow", async () => {
    const body = CitationFormats.parse(await cite("/?tiers=strategic&lang=vi").json());
    const url = new URL(body.url);
    expect(url.pathname).toBe("/");
    expect(url.searchParams.get("asOf")).toBe(body.accessed);
    expect(url.searchParams.get("tiers")).toBe("strategic");
    expect(url.searchParams.get("lang")).toBe("vi");
  });

  it("answers 400 for a bad page query or a missing page, and 404 for a page that cannot be cited", async () => {
    for (const [query, path] of [
      ["?page=%2F%3FasOf%3D2024-02-30", "page.asOf"],
      ["", "page"],
      ["?page=https%3A%2F%2Fexample.org%2F", "page"],
      ["?page=%2F%2Fexample.org%2F", "page"],
    ] as const) {
      const response = GET(new Request(`http://localhost/api/cite${query}`));
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { issues: { path: string }[] };
      expect(body.issues.map((i) => i.path)).toContain(path);
    }
    for (const page of ["/country/ZZ", "/leader/nobody-at-all", "/api/graph"])
      expect(cite(page).status, page).toBe(404);
  });
});

describe("CITATION.cff", () => {
  it("at the repository root is the one lib/cite writes, and reads back as a CFF 1.2.0 dataset under CC-BY-4.0", async () => {
    const text = readFileSync("CITATION.cff", "utf8");
    expect(text).toBe(citationCff(null, null));
    const raw = load(text) as Record<string, unknown>;
    // The keys CFF 1.2.0 requires, and the licence as an SPDX identifier.
    expect(raw["cff-version"]).toBe("1.2.0");
    expect(typeof raw.message).toBe("string");
    expect(raw.title).toBe(DATASET_TITLE);
    expect(raw.authors).toEqual([{ name: PUBLISHER }]);
    expect(raw.license).toBe("CC-BY-4.0");
    const [parsed] = (await Cite.async(text)).data;
    expect(parsed?.title).toBe(DATASET_TITLE);
  });

  it("of a release names its version, day and pinned address", () => {
    const raw = load(
      citationCff({ version: "2026.12.03", date: "2026-12-03" }, "https://x.example/data?v=2026.12.03"),
    ) as Record<string, unknown>;
    expect([raw.version, raw["date-released"], raw.url]).toEqual([
      "2026.12.03",
      "2026-12-03",
      "https://x.example/data?v=2026.12.03",
    ]);
  });
});
