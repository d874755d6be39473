import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as allAtom } from "./changes.atom/route";
import { GET as allJson } from "./changes.json/route";
import { GET as countryFeed } from "./country/[file]/route";
import { parseFeed } from "feedsmith";
import { getChanges } from "@/lib/views/payload";
import { listReleases } from "@/lib/dataset/releases";

interface Parsed {
  bozo: boolean;
  error: string;
  version: string;
  language: string | null;
  title: string;
  entries: { id: string; title: string; link: string; updated: string; content: string }[];
}

const dir = mkdtempSync(path.join(tmpdir(), "bamboo-feeds-"));

/** What feedparser (Debian's python3-feedparser, a feed reader's parser) makes of an Atom feed. */
async function parseAtom(answer: Response | Promise<Response>, name: string): Promise<Parsed> {
  const response = await answer;
  expect(response.status).toBe(200);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  const script = path.join(process.cwd(), "app/feeds/parse-feed.py");
  return JSON.parse(
    execFileSync("/usr/bin/python3", [script, file, response.headers.get("content-type") ?? ""], {
      encoding: "utf8",
    }),
  ) as Parsed;
}

/**
 * What feedsmith makes of a JSON Feed (Debian's feedparser reads no JSON), in feedparser's terms so both
 * formats are checked alike; it refuses a feed that does not declare a JSON Feed version.
 */
async function parseJson(answer: Response | Promise<Response>): Promise<Parsed> {
  const response = await answer;
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
  const text = await response.text();
  const parsed = parseFeed(text);
  if (parsed.format !== "json") throw new Error(`not a JSON Feed: ${parsed.format}`);
  const version = (JSON.parse(text) as { version: string }).version;
  return {
    bozo: false,
    error: "",
    version: version === "https://jsonfeed.org/version/1.1" ? "json11" : version,
    language: parsed.feed.language ?? null,
    title: parsed.feed.title ?? "",
    entries: (parsed.feed.items ?? []).map((i) => ({
      id: i.id ?? "",
      title: i.title ?? "",
      link: i.url ?? "",
      updated: i.date_published ?? "",
      content: i.content_text ?? "",
    })),
  };
}

const country = (file: string, query = "") =>
  countryFeed(new Request(`http://localhost/feeds/country/${file}${query}`), {
    params: Promise.resolve({ file }),
  });

describe("feeds of tier changes", () => {
  const all = getChanges();

  const releases = listReleases();

  it("Atom and JSON Feed of every change parse cleanly, one entry per step and per release, newest first", async () => {
    expect(all.length).toBeGreaterThan(10);
    const atom = await parseAtom(allAtom(new Request("http://localhost/feeds/changes.atom")), "all.atom");
    const json = await parseJson(allJson(new Request("http://localhost/feeds/changes.json")));
    expect([atom.bozo, atom.error, atom.version]).toEqual([false, "", "atom10"]);
    expect([json.bozo, json.version]).toEqual([false, "json11"]);
    for (const feed of [atom, json]) {
      expect(feed.entries).toHaveLength(all.length + releases.length);
      const days = feed.entries.map((e) => e.updated.slice(0, 10));
      expect(days).toEqual([...days].sort().reverse());
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(all.length + releases.length);
      for (const r of releases)
        expect(feed.entries.find((e) => e.id === `urn:bamboo:release:${r.version}`)?.link).toContain(
          `/data?v=${r.version}`,
        );
    }
    expect(atom.entries.map((e) => e.id)).toEqual(json.entries.map((e) => e.id));
  });

  it("gives one partner's steps with the date as the source gives it, the official name and the quoted sources", async () => {
    const japan = all.filter((r) => r.key === "JP");
    expect(japan.length).toBeGreaterThan(0);
    const atom = await parseAtom(country("JP.atom"), "jp.atom");
    expect(atom.bozo).toBe(false);
    const japanReleases = releases.filter((r) => r.changes.some((c) => c.key === "JP"));
    expect(atom.entries).toHaveLength(japan.length + japanReleases.length);
    const text = await (await country("JP.atom")).text();
    const json = await parseJson(country("JP.json"));
    for (const step of japan) {
      expect(text).toContain(`precision="${step.datePrecision}">${step.date}</bamboo:date>`);
      const id = (e: { id: string }) => e.id.includes(`:JP:${step.date}:`);
      expect(atom.entries.find(id)?.link).toBe("http://localhost/country/JP");
      const content = json.entries.find(id)?.content ?? "";
      if (step.officialName) expect(content).toContain(step.officialName);
      expect(step.citations.length).toBeGreaterThan(0);
      for (const c of step.citations) {
        expect(content).toContain(`“${c.quote}”`);
        if (c.url) expect(atom.entries.find(id)?.content).toContain(`href="${c.url.replace(/&/g, "&amp;")}"`);
      }
    }
    const raw = (await (await country("JP.json")).json()) as {
      items: { id: string; _bamboo: { date: string; datePrecision: string } }[];
    };
    expect(
      raw.items
        .filter((i) => i.id.startsWith("urn:bamboo:change:"))
        .map((i) => [i._bamboo.date, i._bamboo.datePrecision])
        .sort(),
    ).toEqual(japan.map((r) => [r.date, r.datePrecision]).sort());
  });

  it("speaks Vietnamese with lang=vi, and answers 404 for a partner that does not exist", async () => {
    const vi = await parseJson(country("JP.json", "?lang=vi"));
    expect(vi.language).toBe("vi");
    expect(vi.title).toContain("Nhật Bản");
    const atom = await parseAtom(
      allAtom(new Request("http://localhost/feeds/changes.atom?lang=vi")),
      "vi.atom",
    );
    expect(atom.language).toBe("vi");
    for (const file of ["ZZ.atom", "ZZ.json", "JP.rss", "jp.atom"])
      expect((await country(file)).status, file).toBe(404);
    expect(allAtom(new Request("http://localhost/feeds/changes.atom?lang=fr")).status).toBe(400);
  });
});
