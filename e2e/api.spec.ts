import { expect, test } from "@playwright/test";

test("a bad query parameter is the contract's 400, on pages and the API alike", async ({ request }) => {
  for (const path of [
    "/api/graph?asOf=2024-02-30",
    "/?asOf=1900-01-01",
    "/?tiers=gold",
    "/api/graph?format=pdf",
    "/?asOf=2999-01-01",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toMatch(/\.$/);
    expect(body.issues.length).toBeGreaterThan(0);
  }
  expect((await request.get("/no/such/page")).status()).toBe(404);
  expect((await request.get("/country/XX")).status()).toBe(404);
});

test("the API answers the graph as of a date, narrowed by tier", async ({ request }) => {
  const res = await request.get("/api/graph?asOf=2024-03-10&tiers=comprehensive-strategic");
  expect(res.status()).toBe(200);
  const graph = (await res.json()) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
  const countries = graph.nodes.filter((n) => n.attributes.kind === "country");
  expect(countries.map((n) => n.key).sort()).toEqual(["AU", "CN", "IN", "JP", "KR", "RU", "US"]);
  const au = countries.find((n) => n.key === "AU");
  expect(au?.attributes).toMatchObject({
    tier: "comprehensive-strategic",
    tierSince: "2024-03-07",
    labelVi: "Úc",
  });
});

test("every page carries a CSP that forbids framing", async ({ request }) => {
  for (const path of ["/", "/country/AU", "/api/graph"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test("a country's details load on their own, cached, and an unknown key is a 404", async ({ request }) => {
  const response = await request.get("/api/country/au");
  expect(response.status()).toBe(200);
  const details = (await response.json()) as {
    key: string;
    ladder: { tier: string; citations: { quote: string; url: string | null }[] }[];
  };
  expect(details.key).toBe("AU");
  expect(details.ladder.map((step) => step.tier)).toContain("comprehensive-strategic");
  expect(details.ladder.every((step) => step.citations.length > 0)).toBe(true);
  const etag = response.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/api/country/AU", { headers: { "If-None-Match": etag ?? "" } });
  expect(again.status()).toBe(304);

  const missing = await request.get("/api/country/ZZ");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { error: string }).error).toContain("ZZ");
});
