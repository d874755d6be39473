import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-cff";
import { GET as getDataPackage } from "@/app/api/datapackage.json/route";
import { GET as getZip } from "@/app/api/dataset.zip/route";
import { GET as getGraph } from "@/app/api/graph/route";
import { GET as getChanges } from "@/app/api/changes/route";
import { GET as getTotals } from "@/app/api/totals/route";
import { GET as getDataset } from "@/app/api/dataset/route";
import { citedRelease } from "@/lib/cite/release";
import { listReleases } from "@/lib/dataset/releases";
import { DataPackage } from "@/lib/reuse/datapackage";

const HANDLERS: Record<string, (request: Request) => Response> = {
  "/api/graph": getGraph,
  "/api/changes": getChanges,
  "/api/totals": getTotals,
  "/api/dataset": getDataset,
};

/** Asks the route handler that serves an absolute address of this site. */
function fetchHere(url: string): Response {
  const handler = HANDLERS[new URL(url).pathname];
  if (!handler) throw new Error(`no handler for ${url}`);
  return handler(new Request(url));
}

/** A CSV's header row, parsed: every field is quoted, and the file starts with a byte order mark. */
function csvHeader(bytes: Uint8Array | ArrayBuffer): string[] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const first = text.slice(1).split("\r\n")[0]!;
  return first.slice(1, -1).split('","');
}

describe("the data package", () => {
  it("describes the release under CC-BY-4.0, and each CSV's Table Schema names the served columns exactly, in order", async () => {
    const response = getDataPackage(new Request("http://localhost/api/datapackage.json"));
    expect(response.status).toBe(200);
    const pkg = DataPackage.parse(await response.json());
    expect(pkg.version).toBe(citedRelease().version);
    expect(pkg.licenses.map((l) => l.name)).toEqual(["CC-BY-4.0"]);
    expect(pkg.sources.length).toBeGreaterThan(10);
    expect(pkg.resources.map((r) => r.name)).toEqual(["graph", "changes", "totals", "dataset"]);
    const csvs = pkg.resources.filter((r) => r.format === "csv");
    expect(csvs).toHaveLength(3);
    for (const resource of csvs) {
      const served = fetchHere(resource.path);
      expect(served.status, resource.path).toBe(200);
      expect(csvHeader(await served.arrayBuffer()), resource.name).toEqual(
        resource.schema?.fields.map((f) => f.name),
      );
    }
    const json = pkg.resources.find((r) => r.format === "json");
    expect(fetchHere(json!.path).status).toBe(200);
  });
});

describe("a pinned release's data package", () => {
  it("names that release, and every resource is pinned to it", async () => {
    const releases = listReleases();
    expect(releases.length).toBeGreaterThan(0);
    for (const { version, date } of releases) {
      const pkg = DataPackage.parse(
        await getDataPackage(new Request(`http://localhost/api/datapackage.json?v=${version}`)).json(),
      );
      expect([pkg.version, pkg.created?.slice(0, 10)]).toEqual([version, date]);
      for (const resource of pkg.resources) {
        expect(new URL(resource.path).searchParams.get("v"), resource.name).toBe(version);
        expect(fetchHere(resource.path).status, resource.path).toBe(200);
      }
    }
    expect(getDataPackage(new Request("http://localhost/api/datapackage.json?v=1999.01.01")).status).toBe(
      404,
    );
  });
});

describe("dataset.zip", () => {
  it("holds the data package, every file it names with matching headers, a README and CITATION.cff", async () => {
    const response = getZip(new Request("http://localhost/api/dataset.zip"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const pkg = DataPackage.parse(JSON.parse(strFromU8(files["datapackage.json"]!)));
    expect(pkg.resources.length).toBeGreaterThan(0);
    for (const resource of pkg.resources) {
      const file = files[resource.path];
      expect(file, resource.path).toBeDefined();
      if (resource.schema) expect(csvHeader(file!)).toEqual(resource.schema.fields.map((f) => f.name));
    }
    const readme = strFromU8(files["README.md"]!);
    for (const resource of pkg.resources) expect(readme).toContain(`\`${resource.path}\``);
    expect(readme).toContain("CC-BY-4.0");
    expect(readme).toContain(`Release ${pkg.version}`);
    const cff = (await Cite.async(strFromU8(files["CITATION.cff"]!))).data[0];
    expect(cff?.version).toBe(pkg.version);
    expect(cff?.title).toBe(pkg.title);
  });

  it("gives the same bytes for the same release, whatever day it is asked", async () => {
    const a = await getZip(new Request("http://localhost/api/dataset.zip")).arrayBuffer();
    const b = await getZip(new Request("http://localhost/api/dataset.zip")).arrayBuffer();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("GET /api/totals", () => {
  it("gives CSV and JSON with the same fields, one row per stated count", async () => {
    const csv = await getTotals(new Request("http://localhost/api/totals?format=csv")).arrayBuffer();
    const json = (await getTotals(new Request("http://localhost/api/totals?format=json")).json()) as {
      count: number;
      totals: Record<string, unknown>[];
    };
    expect(json.totals.length).toBeGreaterThan(0);
    expect(json.count).toBe(json.totals.length);
    expect(Object.keys(json.totals[0]!)).toEqual(csvHeader(csv));
    expect(new TextDecoder().decode(csv).trim().split("\r\n")).toHaveLength(json.count + 1);
    expect(getTotals(new Request("http://localhost/api/totals?format=gexf")).status).toBe(400);
  });
});
