import { expect, test, type Page } from "@playwright/test";
import { clipped, overlappingPairs, paintedLabels } from "./legibility";

const DAY = "2025-12-31";

/** The partners holding a tier on the day, from the API: the test never hard-codes who they are. */
async function partnersWithTier(page: Page, tiers?: readonly string[]): Promise<string[]> {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { tier?: string | null } }[] };
  return graph.nodes
    .filter((n) => n.attributes.tier && (!tiers || tiers.includes(n.attributes.tier)))
    .map((n) => n.key);
}

async function expectLegible(page: Page, minPx: number, mustLabel: readonly string[]) {
  const { labels, canvas } = await paintedLabels(page);
  const byKey = new Map(labels.map((l) => [l.key, l]));
  expect(
    mustLabel.filter((key) => !byKey.has(key)),
    "partners without a painted label",
  ).toEqual([]);
  const small = labels.filter((l) => l.px < minPx - 0.01).map((l) => `${l.text} ${l.px.toFixed(1)}px`);
  expect(small, `labels under ${minPx}px`).toEqual([]);
  expect(overlappingPairs(labels), "overlapping labels").toEqual([]);
  expect(clipped(labels, canvas), "labels cut off at the canvas edge").toEqual([]);
  return labels;
}

test("desktop: every partner with a tier is labelled at 12px or more, none overlap or are cut off", async ({
  page,
}) => {
  const partners = await partnersWithTier(page);
  expect(partners.length).toBeGreaterThan(40);
  await page.goto(`/?asOf=${DAY}`);
  await expectLegible(page, 12, partners);
});

test("desktop, Vietnamese: the same rules hold with diacritics measured in the drawing font", async ({
  page,
}) => {
  await page.goto(`/?asOf=${DAY}&lang=vi`);
  const labels = await expectLegible(page, 12, await partnersWithTier(page));
  expect(labels.map((l) => l.text)).toContain("Hoa Kỳ");
});

test("phone: special and comprehensive strategic partners are labelled at 11px or more, none overlap", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?asOf=${DAY}`);
  await expectLegible(page, 11, await partnersWithTier(page, ["special", "comprehensive-strategic"]));
});

test("with leaders shown every partner and every Vietnamese leader is labelled, 11px or more, none overlap", async ({
  page,
}) => {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { country?: string } }[] };
  const vietnamese = graph.nodes
    .filter((n) => n.key.startsWith("leader:") && n.attributes.country === "VN")
    .map((n) => n.key);
  expect(vietnamese.length).toBeGreaterThan(5);
  await page.goto(`/?asOf=${DAY}&leaders=1`);
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-leaders", /[1-9]/);
  const { labels, canvas: box } = await paintedLabels(page);
  const labelled = new Set(labels.map((l) => l.key));
  expect(
    vietnamese.filter((key) => !labelled.has(key)),
    "Vietnamese leaders without a label",
  ).toEqual([]);
  expect(
    (await partnersWithTier(page)).filter((key) => !labelled.has(key)),
    "partners without a label",
  ).toEqual([]);
  expect(labels.filter((l) => l.px < 11).map((l) => l.text)).toEqual([]);
  expect(overlappingPairs(labels)).toEqual([]);
  expect(clipped(labels, box)).toEqual([]);
});

test("the band without a framework is quiet by default and names its countries on demand", async ({
  page,
}) => {
  await page.goto(`/?asOf=${DAY}`);
  const before = await paintedLabels(page);
  expect(before.labels.filter((l) => l.kind === "country" && l.tier === "none")).toEqual([]);
  expect(before.labels.some((l) => /No framework · \d+/.test(l.text))).toBe(true);
  await page.getByTestId("expand-unaligned").click();
  const after = await paintedLabels(page);
  expect(after.labels.filter((l) => l.kind === "country" && l.tier === "none").length).toBeGreaterThan(10);
  expect(overlappingPairs(after.labels)).toEqual([]);
});

test("hovering a partner shows a tooltip with both names, tier and since", async ({ page }) => {
  await page.goto(`/?asOf=${DAY}`);
  const { labels } = await paintedLabels(page);
  const au = await page.getByTestId("graph-canvas").evaluate((element) => {
    const cy = (
      element as unknown as {
        _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
      }
    )._cyreg.cy;
    return cy.getElementById("AU").renderedPosition();
  });
  expect(labels.find((l) => l.key === "AU")).toBeTruthy();
  const rect = await page.getByTestId("graph-canvas").boundingBox();
  await page.mouse.move((rect?.x ?? 0) + au.x, (rect?.y ?? 0) + au.y);
  const tip = page.getByTestId("graph-tooltip");
  await expect(tip).toContainText("Australia");
  await expect(tip).toContainText("Úc");
  await expect(tip).toContainText("Comprehensive strategic");
  await expect(tip).toContainText("2024");
});

test("zoom buttons zoom in, out and back to the whole picture", async ({ page }) => {
  await page.goto(`/?asOf=${DAY}`);
  await paintedLabels(page);
  const zoom = () =>
    page
      .getByTestId("graph-canvas")
      .evaluate((e) => (e as unknown as { _cyreg: { cy: { zoom(): number } } })._cyreg.cy.zoom());
  expect(await zoom()).toBeCloseTo(1);
  await page.getByRole("button", { name: "Zoom in" }).click();
  expect(await zoom()).toBeGreaterThan(1.2);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  expect(await zoom()).toBeLessThan(1);
  await page.getByRole("button", { name: "Fit the whole picture" }).click();
  expect(await zoom()).toBeCloseTo(1);
});

test("arrow keys move between partners ring by ring, innermost first", async ({ page }) => {
  await page.goto(`/?asOf=${DAY}`);
  await paintedLabels(page);
  const canvas = page.getByTestId("graph-canvas");
  await canvas.focus();
  const visited: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/focus=[A-Z]{2}/);
    visited.push(new URL(page.url()).searchParams.get("focus") ?? "");
  }
  // The three special partners come first, then the comprehensive strategic ring.
  const special = await partnersWithTier(page, ["special"]);
  expect(visited.slice(0, 3).sort()).toEqual([...special].sort());
  const csp = await partnersWithTier(page, ["comprehensive-strategic"]);
  expect(csp).toContain(visited[3]);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`focus=${visited[3]}`));
});

test("play starts at the first framework, captions and rings each change, and ends today", async ({
  page,
}) => {
  await page.goto(`/`);
  await paintedLabels(page);
  await page.getByRole("button", { name: "Play through history" }).click();
  const caption = page.getByTestId("play-caption");
  await expect(caption).toContainText(/ — .+: .+ → .+/);
  // The partner that changed is ringed on the canvas, as in the GIF.
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-highlight", /^[A-Z]{2}\b/);
  const first = await caption.textContent();
  await expect(caption).not.toHaveText(first ?? "", { timeout: 5000 });
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page).toHaveURL(/asOf=\d{4}-/);
});

test("a country of the quiet band is named when searched or selected", async ({ page }) => {
  const response = await page.request.get(`/api/graph?asOf=${DAY}&tiers=none&format=json`);
  const graph = (await response.json()) as {
    nodes: { key: string; attributes: { label: string; kind: string } }[];
  };
  const country = graph.nodes.find((n) => n.attributes.kind === "country" && n.key !== "VN");
  expect(country).toBeTruthy();
  await page.goto(`/?asOf=${DAY}&q=${encodeURIComponent(country?.attributes.label ?? "")}`);
  const { labels } = await paintedLabels(page);
  expect(labels.map((l) => l.key)).toContain(country?.key);
  expect(overlappingPairs(labels)).toEqual([]);
});
