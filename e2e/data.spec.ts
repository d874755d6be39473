import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

test("/data reconciles every official statement and offers the downloads", async ({ page, request }) => {
  const dataset = await request.get("/api/dataset");
  expect(dataset.headers()["content-disposition"]).toMatch(/^attachment; filename="bamboo-dataset-/);
  const body = (await dataset.json()) as {
    relationships: unknown[];
    totals: { expectedMismatch?: string }[];
  };
  expect(body.totals.length).toBeGreaterThanOrEqual(15);
  await page.goto("/data");
  const rows = page.locator('[data-testid="reconciliation"] tbody tr');
  await expect(rows).toHaveCount(body.totals.length);
  // Each row says match or not; a row that differs explains why, and as many differ as are explained.
  const marks = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelectorAll("td")[3]?.textContent ?? ""),
  );
  expect(marks.filter((mark) => !/^[✓✗]/.test(mark))).toEqual([]);
  const differing = marks.filter((mark) => mark.startsWith("✗"));
  expect(differing).toHaveLength(body.totals.filter((t) => t.expectedMismatch).length);
  expect(differing.length).toBeGreaterThan(0);
  expect(differing.filter((mark) => mark.length <= 40)).toEqual([]);
  await expect(page.locator('[data-testid="coverage"]')).toContainText("Tier steps");
  await expectNoSeriousA11yViolations(page);
});

test("a country known only from evidence of relations says so, and counts from that evidence", async ({
  page,
  request,
}) => {
  // The dataset's own file decides which country to look at, so the test follows the data.
  const dataset = (await (await request.get("/api/dataset")).json()) as {
    relationships: {
      key: string;
      name: string;
      relations: { existedBy?: string; countedIn?: string } | null;
    }[];
  };
  const evidenceOnly = dataset.relationships.find((r) => r.relations?.existedBy?.length === 10);
  expect(evidenceOnly, "at least one country is dated by evidence only").toBeTruthy();
  const { key, name, relations } = evidenceOnly!;
  const day = relations!.existedBy!;
  // /data lists every such country, so the open research is visible.
  await page.goto("/data");
  const listed = page.getByTestId("evidence-only").locator("li");
  const expected = dataset.relationships.filter((r) => r.relations?.existedBy).length;
  await expect(listed).toHaveCount(expected);
  await expect(page.getByTestId("evidence-only")).toContainText(name);
  // Evidence that is an official total (countedIn) says so, since it is an inference a reader should weigh.
  const counted = dataset.relationships.find((r) => r.relations?.countedIn);
  expect(counted, "at least one country is evidenced by an official total").toBeTruthy();
  await expect(listed.filter({ hasText: counted!.name })).toContainText(
    "counted in that day's official total",
  );
  const direct = dataset.relationships.find((r) => r.relations?.existedBy && !r.relations.countedIn);
  await expect(listed.filter({ hasText: direct!.name }).first()).not.toContainText("official total");
  await page.goto(`/country/${key}`);
  const details = page.getByTestId("country-details");
  await expect(details).toContainText("Diplomatic relations in place by");
  await expect(page.getByTestId("ladder-summary")).toContainText("Diplomatic relations established: by ");
  await expect(details.getByTestId("citation-link").first()).toHaveAttribute("href", /^https?:\/\//);

  const dayBefore = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
  const before = (await (await request.get(`/api/graph?asOf=${dayBefore}`)).json()) as {
    nodes: { key: string }[];
  };
  const on = (await (await request.get(`/api/graph?asOf=${day}`)).json()) as {
    nodes: {
      key: string;
      attributes: { relationsSince: string | null; relationsExistedBy: string | null };
    }[];
  };
  expect(before.nodes.some((n) => n.key === key)).toBe(false);
  expect(on.nodes.find((n) => n.key === key)?.attributes).toMatchObject({
    relationsSince: null,
    relationsExistedBy: day,
  });
  expect(name.length).toBeGreaterThan(0);
});
