import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { GET as graph } from "../graph/route";
import { GET as dataset } from "../dataset/route";
import { GET as oembed } from "../oembed/route";

const get = (handler: (r: Request) => Response, path: string) =>
  handler(new Request(`http://localhost${path}`));

describe("releases over HTTP", () => {
  it("lists every release newest first, the baseline last with no changes", async () => {
    const response = get(GET, "/api/releases");
    expect(response.status).toBe(200);
    const releases = (await response.json()) as { version: string; date: string; changes: unknown[] }[];
    expect(releases.length).toBeGreaterThan(0);
    expect(releases.at(-1)).toMatchObject({ version: "2026.12.03", date: "2026-12-03", changes: [] });
    const versions = releases.map((r) => r.version);
    expect([...versions].sort().reverse()).toEqual(versions);
  });

  it("answers an unknown release with the contract's 404 and JSON error, on every route", async () => {
    for (const [handler, path] of [
      [graph, "/api/graph?v=1999.01.01"],
      [dataset, "/api/dataset?v=2026.13.99"],
      [GET, "/api/releases?v=latest"],
    ] as const) {
      const response = get(handler, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toMatch(/no release/);
      expect(body.issues.map((i) => i.path)).toEqual(["v"]);
    }
  });

  it("pins an answer to a release: immutable for a year, its ETag the release's, its data labelled", async () => {
    const pinned = get(dataset, "/api/dataset?v=2026.12.03");
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(((await pinned.json()) as { release: string }).release).toBe("2026.12.03");
    const latest = get(dataset, "/api/dataset");
    expect(latest.headers.get("cache-control")).not.toContain("immutable");
    const a = get(graph, "/api/graph?asOf=2016-08-23&v=2026.12.03").headers.get("etag");
    const b = get(graph, "/api/graph?asOf=2016-08-23&v=2026.12.03").headers.get("etag");
    expect(a).toMatch(/^"/);
    expect(a).toBe(b);
  });

  it("keeps the release in oEmbed's embed code, and refuses an unknown one", async () => {
    const page = encodeURIComponent("http://localhost/?asOf=2016-08-23&v=2026.12.03");
    const answer = get(oembed, `/api/oembed?format=json&url=${page}`);
    expect(answer.status).toBe(200);
    const { html } = (await answer.json()) as { html: string };
    expect(html).toMatch(/\/embed\?[^"]*v=2026\.12\.03/);
    const unknown = encodeURIComponent("http://localhost/?v=1999.01.01");
    expect(get(oembed, `/api/oembed?format=json&url=${unknown}`).status).toBe(404);
  });
});
