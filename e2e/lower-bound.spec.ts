import { expect, test, type APIRequestContext } from "@playwright/test";

interface GraphAnswer {
  attributes: { relationsCountIsLowerBound: boolean; undatedCount: number };
  nodes: { key: string; attributes: { kind: string } }[];
}

/** The API's count of countries on a day and how many undated countries could add to it. */
async function countOn(request: APIRequestContext, asOf: string) {
  const response = await request.get(`/api/graph?asOf=${asOf}&format=json`);
  expect(response.status()).toBe(200);
  const graph = (await response.json()) as GraphAnswer;
  const countries = graph.nodes.filter((n) => n.attributes.kind === "country").length;
  return { countries, ...graph.attributes };
}

test("on 23 August 2016 the count of countries says it is a lower bound, in English and Vietnamese", async ({
  page,
  request,
}) => {
  const { countries, relationsCountIsLowerBound, undatedCount } = await countOn(request, "2016-08-23");
  expect(relationsCountIsLowerBound).toBe(true);
  expect(undatedCount).toBeGreaterThan(0);
  const more = undatedCount === 1 ? "1 more country" : `${undatedCount} more countries`;

  await page.goto("/?asOf=2016-08-23");
  await expect(page.getByTestId("headline")).toHaveText(
    `At least ${countries} countries with diplomatic relations as of 23 August 2016`,
  );
  await expect(page.getByTestId("headline-detail")).toContainText(
    `The start of relations with ${more} is undated.`,
  );

  await page.goto("/?asOf=2016-08-23&lang=vi");
  await expect(page.getByTestId("headline")).toHaveText(
    `Ít nhất ${countries} quốc gia có quan hệ ngoại giao tính đến 23 tháng 8, 2016`,
  );
  await expect(page.getByTestId("headline-detail")).toContainText(
    `Chưa rõ thời điểm thiết lập quan hệ với ${undatedCount} quốc gia khác.`,
  );
});

test("the picture of that day says so under its title; today's count is exact", async ({ request }) => {
  const { countries, undatedCount } = await countOn(request, "2016-08-23");
  const svg = await (await request.get("/api/graph.svg?asOf=2016-08-23")).text();
  expect(svg).toContain(`At least ${countries} countries with diplomatic relations as of 23 August 2016`);
  expect(svg).toMatch(new RegExp(`class="lower-bound">The start of relations with ${undatedCount} more`));
  const today = await countOn(request, "2026-11-20");
  expect([today.relationsCountIsLowerBound, today.undatedCount]).toEqual([false, 0]);
});
