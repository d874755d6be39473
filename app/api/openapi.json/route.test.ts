import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { GET as openapi } from "./route";
import { GET as graph } from "../graph/route";
import { GET as graphSvg } from "../graph.svg/route";
import { GET as graphPng } from "../graph.png/route";
import { GET as graphGif } from "../graph.gif/route";
import { GET as chartSvg } from "../chart.svg/route";
import { GET as chartPng } from "../chart.png/route";
import { GET as changes } from "../changes/route";
import { GET as compare } from "../compare/route";
import { GET as country } from "../country/[key]/route";
import { GET as dataset } from "../dataset/route";
import { GET as leaderLinks } from "../leader-links/route";
import { GET as totals } from "../totals/route";
import { GET as releases } from "../releases/route";
import { GET as lesson } from "../lesson.pptx/route";
import { GET as dataPackage } from "../datapackage.json/route";
import { GET as datasetZip } from "../dataset.zip/route";
import { GET as cite } from "../cite/route";
import { GET as oembed } from "../oembed/route";
import { GET as explorerPayload } from "../explorer-payload/route";
import { GET as comparePayload } from "../compare-payload/route";
import { GET as changesAtom } from "../../feeds/changes.atom/route";
import { GET as changesJson } from "../../feeds/changes.json/route";
import { GET as countryFeed } from "../../feeds/country/[file]/route";

type Handler = (request: Request) => Response | Promise<Response>;
const withParam =
  (
    name: string,
    handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
  ): Handler =>
  (request) =>
    handler(request, {
      params: Promise.resolve({
        [name]: decodeURIComponent(new URL(request.url).pathname.split("/").pop()!),
      }),
    });

/** The real handler of every documented path. */
const HANDLERS: Record<string, Handler> = {
  "/api/graph": graph,
  "/api/graph.svg": graphSvg,
  "/api/graph.png": graphPng,
  "/api/graph.gif": graphGif,
  "/api/chart.svg": chartSvg,
  "/api/chart.png": chartPng,
  "/api/changes": changes,
  "/api/compare": compare,
  "/api/country/{key}": withParam("key", country as never),
  "/api/dataset": dataset,
  "/api/leader-links": leaderLinks,
  "/api/totals": totals,
  "/api/releases": releases,
  "/api/lesson.pptx": lesson,
  "/api/datapackage.json": dataPackage,
  "/api/dataset.zip": datasetZip,
  "/api/cite": cite,
  "/api/oembed": oembed,
  "/api/explorer-payload": explorerPayload,
  "/api/compare-payload": comparePayload,
  "/api/openapi.json": openapi,
  "/feeds/changes.atom": changesAtom,
  "/feeds/changes.json": changesJson,
  "/feeds/country/{file}": withParam("file", countryFeed as never),
};

/** Real requests for each documented path: every format it answers in, and its not-found cases. */
const REQUESTS: Record<string, { ok: string[]; notFound?: string[] }> = {
  "/api/graph": {
    ok: ["?asOf=2024-03-10", "?format=csv", "?format=gexf", "?format=graphml&tiers=strategic"],
  },
  "/api/graph.svg": { ok: ["?asOf=2024-03-10&width=400&height=300"] },
  "/api/graph.png": { ok: ["?asOf=2024-03-10&width=200&height=200"] },
  "/api/graph.gif": { ok: ["?from=2023-01-01&to=2023-12-31&width=200&height=200"] },
  "/api/chart.svg": { ok: ["?b=2024-12-31&lang=vi&tiers=strategic"] },
  "/api/chart.png": { ok: ["?b=2024-12-31&width=400&height=300"] },
  "/api/changes": { ok: ["?format=json", "?format=csv&focus=JP"] },
  "/api/compare": { ok: ["?a=2022-01-01&b=2024-12-31", "?a=2022-01-01&b=2024-12-31&format=csv"] },
  "/api/country/{key}": { ok: ["/JP", "/EU"], notFound: ["/ZZ"] },
  "/api/dataset": { ok: [""] },
  "/api/leader-links": { ok: [""] },
  "/api/totals": { ok: ["?format=json", "?format=csv"] },
  "/api/releases": { ok: ["", "?v=2026.12.03"] },
  "/api/lesson.pptx": { ok: ["?from=2023-01-01&to=2023-12-31"] },
  "/api/datapackage.json": { ok: [""] },
  "/api/dataset.zip": { ok: [""] },
  "/api/cite": {
    ok: ["?page=%2Fcountry%2FJP", "?page=%2Fcompare%3Fa%3D2020-01-01"],
    notFound: ["?page=%2Fcountry%2FZZ"],
  },
  "/api/oembed": {
    ok: ["?url=http%3A%2F%2Flocalhost%2F%3FasOf%3D2024-03-10"],
    notFound: ["?url=http%3A%2F%2Flocalhost%2Fdata"],
  },
  "/api/explorer-payload": { ok: [""] },
  "/api/compare-payload": { ok: [""] },
  "/api/openapi.json": { ok: [""] },
  "/feeds/changes.atom": { ok: ["", "?lang=vi"] },
  "/feeds/changes.json": { ok: [""] },
  "/feeds/country/{file}": { ok: ["/JP.atom", "/JP.json"], notFound: ["/ZZ.json"] },
};

interface Operation {
  parameters: { name: string; in: string }[];
  responses: Record<
    string,
    { content?: Record<string, { schema: { $ref?: string } }>; headers?: Record<string, unknown> }
  >;
}

async function documentAndValidator() {
  const response = openapi(new Request("http://localhost/api/openapi.json"));
  expect(response.status).toBe(200);
  const doc = (await response.json()) as { paths: Record<string, { get: Operation }> };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, "openapi.json");
  /** Validates a JSON body against the schema the document gives for this status and media type. */
  const check = (path: string, status: number, mediaType: string, body: unknown) => {
    const schemaRef = doc.paths[path]?.get.responses[String(status)]?.content?.[mediaType]?.schema.$ref;
    if (!schemaRef) return `no JSON schema for ${path} ${status} ${mediaType}`;
    const validate = ajv.getSchema(`openapi.json${schemaRef}`);
    if (!validate) return `unresolved ${schemaRef}`;
    return validate(body) ? null : JSON.stringify(validate.errors?.slice(0, 3));
  };
  return { doc, check };
}

const mediaTypeOf = (response: Response) =>
  (response.headers.get("content-type") ?? "").split(";")[0]!.trim();

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document that lists every public route with its errors", async () => {
    const { doc } = await documentAndValidator();
    await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(HANDLERS).sort());
    for (const [path, item] of Object.entries(doc.paths))
      for (const status of ["200", "400", "405"])
        expect(item.get.responses[status], `${path} ${status}`).toBeDefined();
  });

  it("describes every route's real answers: each status, media type and JSON body", async () => {
    const { doc, check } = await documentAndValidator();
    const seen = new Set<string>();
    for (const [path, { ok, notFound = [] }] of Object.entries(REQUESTS)) {
      const base = path.replace(/\/\{\w+\}$/, "");
      for (const [suffix, status] of [
        ...ok.map((s) => [s, 200] as const),
        ...notFound.map((s) => [s, 404] as const),
      ]) {
        const response = await HANDLERS[path]!(new Request(`http://localhost${base}${suffix}`));
        const where = `${path}${suffix}`;
        expect(response.status, where).toBe(status);
        const mediaType = mediaTypeOf(response);
        const documented = doc.paths[path]!.get.responses[String(status)]!.content ?? {};
        expect(Object.keys(documented), where).toContain(mediaType);
        seen.add(`${path} ${mediaType}`);
        if (documented[mediaType]?.schema.$ref)
          expect(check(path, status, mediaType, await response.json()), where).toBeNull();
      }
    }
    // Every documented success media type was produced by a real request.
    for (const [path, item] of Object.entries(doc.paths))
      for (const mediaType of Object.keys(item.get.responses["200"]!.content ?? {}))
        expect(seen.has(`${path} ${mediaType}`), `${path} ${mediaType}`).toBe(true);
    // A lesson deck renders its pictures: tens of seconds on a busy machine.
  }, 240_000);

  it("documents the 400, 404 (unknown release) and 405 every route answers (through the proxy), with the contract's JSON body", async () => {
    const { doc, check } = await documentAndValidator();
    for (const path of Object.keys(doc.paths)) {
      const concrete = path.replace("{key}", "JP").replace("{file}", "JP.atom");
      const bad =
        path === "/api/oembed"
          ? await oembed(new Request("http://localhost/api/oembed"))
          : proxy(new NextRequest(`http://localhost${concrete}?asOf=2024-02-30`));
      expect(bad.status, path).toBe(400);
      expect(check(path, 400, "application/json", await bad.json()), path).toBeNull();
      if (doc.paths[path]!.get.parameters.some((p) => p.name === "v")) {
        const unknown = proxy(new NextRequest(`http://localhost${concrete}?v=1999.01.01`));
        expect(unknown.status, path).toBe(404);
        expect(check(path, 404, "application/json", await unknown.json()), path).toBeNull();
      }
      const post = proxy(new NextRequest(`http://localhost${concrete}`, { method: "POST" }));
      expect(post.status, path).toBe(405);
      expect(post.headers.get("allow")).toBe("GET, HEAD");
      expect(check(path, 405, "application/json", await post.json()), path).toBeNull();
    }
    // Only the routes with a query of their own name no release: theirs is inside the page they are about.
    const unpinned = Object.entries(doc.paths).filter(
      ([, item]) => !item.get.parameters.some((p) => p.name === "v"),
    );
    expect(unpinned.map(([path]) => path).sort()).toEqual(["/api/cite", "/api/oembed"]);
  });
});
