import { expect, test } from "@playwright/test";

test("GET /api/lesson.pptx answers a PowerPoint deck with an ETag; a bad period is the contract's 400", async ({
  request,
}) => {
  const deck = await request.get("/api/lesson.pptx?from=2023-01-01&to=2024-12-31&lang=vi");
  expect(deck.status()).toBe(200);
  expect(deck.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  );
  expect(deck.headers()["etag"]).toBeTruthy();
  // A zip file, as every .pptx is.
  expect((await deck.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  for (const query of ["from=2024-13-01", "from=2025-01-01&to=2024-01-01", "lang=fr"]) {
    const bad = await request.get(`/api/lesson.pptx?${query}`);
    expect(bad.status(), query).toBe(400);
    expect((await bad.json()) as { error: string }, query).toHaveProperty("error");
  }
});

test("the GIF's pace is validated like every parameter", async ({ request }) => {
  const bad = await request.get("/api/graph.gif?from=2023-01-01&to=2023-12-31&preset=article&pace=9");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("pace");
});
