import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/changes${query}`, { headers }));

describe("GET /api/changes", () => {
  it("answers the contract's 400 for a format it cannot give, a bad date, or from after to", async () => {
    for (const [query, path] of [
      ["?format=gexf", "format"],
      ["?from=2024-02-30", "from"],
      ["?from=2024-01-02&to=2024-01-01", "from"],
      ["?tiers=platinum", "tiers.0"],
    ] as const) {
      const response = get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as { error: string; issues: { path: string }[] };
      expect(body.error.length).toBeGreaterThan(0);
      expect(body.issues.map((i) => i.path)).toContain(path);
    }
  });

  it("gives CSV with a byte order mark as an attachment, and JSON with every row", async () => {
    const csv = get("?format=csv&focus=AU&from=2009-01-01&to=2016-01-01");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="bamboo-vietnam-changes-AU-2009-01-01-2016-01-01.csv"',
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = (await get("?format=json&focus=AU").json()) as {
      count: number;
      changes: { change: string }[];
    };
    expect(json.count).toBe(json.changes.length);
    expect(json.changes.map((c) => c.change)).toEqual(["upgrade", "within-tier", "upgrade", "upgrade"]);
  });

  it("never lets Accept-Language shape the cacheable answer", async () => {
    const plain = await get("?format=csv").text();
    expect(await get("?format=csv", { "accept-language": "vi" }).text()).toBe(plain);
    expect(get("?format=csv", { "accept-language": "vi" }).headers.get("etag")).toBe(
      get("?format=csv").headers.get("etag"),
    );
  });
});
