import { expect, test, type Page } from "@playwright/test";
import { overlappingPairs, type PaintedLabel } from "./legibility";
import { cutOff, renderedSvgTexts } from "./svg-legibility";

const DAY = "2025-12-31";

/** The partners holding a tier on a day, from the API: the test never hard-codes who they are. */
async function partnersWithTier(page: Page, day: string): Promise<string[]> {
  const response = await page.request.get(`/api/graph?asOf=${day}&format=json`);
  const graph = (await response.json()) as { nodes: { key: string; attributes: { tier?: string | null } }[] };
  return graph.nodes.filter((n) => n.attributes.tier).map((n) => n.key);
}

/** Whether a code point is inside one of the CSS unicode-range values ("U+0000-00FF, U+0131, U+1EA0-1EF9"). */
function inRanges(code: number, ranges: readonly string[]): boolean {
  return ranges.some((range) =>
    range.split(",").some((part) => {
      const [from, to] = part
        .trim()
        .replace(/^U\+/i, "")
        .split("-")
        .map((hex) => parseInt(hex, 16));
      return code >= from! && code <= (to ?? from)!;
    }),
  );
}

const under = (labels: readonly PaintedLabel[], px: number) =>
  labels.filter((l) => l.px < px - 0.01).map((l) => `${l.text} ${l.px.toFixed(2)}px`);

// An 800×600 iframe shows the embed at the article preset's own size: the SVG's user units are its pixels.
test.use({ viewport: { width: 800, height: 600 } });

for (const lang of ["en", "vi"] as const) {
  test(`embed (${lang}) at 800×600: every partner with a tier is labelled, every text ≥ 11px, none overlap or is cut off`, async ({
    page,
  }) => {
    const partners = await partnersWithTier(page, DAY);
    expect(partners.length).toBeGreaterThan(40);
    await page.goto(`/embed?asOf=${DAY}&lang=${lang}`);
    await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true");
    const { labels, frame } = await renderedSvgTexts(page.locator("figure svg:visible"));
    // The picture was laid out with Noto Sans's metrics: the browser draws it in Noto Sans, served with the embed
    // (this machine has no Noto Sans of its own), Vietnamese diacritics included.
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.status === "loaded" && f.family.replace(/["']/g, "") === "Noto Sans")
        .map((f) => f.unicodeRange),
    );
    expect(loaded.length).toBeGreaterThan(0);
    const drawn = [...new Set(labels.flatMap((l) => [...l.text.normalize("NFC")]))].filter((c) => c.trim());
    expect(drawn.length).toBeGreaterThan(20);
    expect(
      drawn.filter((c) => !inRanges(c.codePointAt(0)!, loaded)),
      "characters no loaded face covers",
    ).toEqual([]);
    const labelled = new Set(labels.filter((l) => l.kind !== "home" && l.key).map((l) => l.key));
    expect(
      partners.filter((key) => !labelled.has(key)),
      "partners without a label",
    ).toEqual([]);
    // Title, date line, ring captions, legend and credit count as much as the partners' names.
    expect(labels.length).toBeGreaterThan(partners.length + 5);
    expect(under(labels, 11), "texts under 11px").toEqual([]);
    expect(overlappingPairs(labels), "overlapping texts").toEqual([]);
    expect(cutOff(labels, frame), "texts cut off").toEqual([]);
    // The United States is named, in full or by the short name the scene keeps for tight spots ("US", "Mỹ").
    const us = labels.filter((l) => l.key === "US").map((l) => l.text);
    expect(us).toHaveLength(1);
    expect({ en: ["United States", "US"], vi: ["Hoa Kỳ", "Mỹ"] }[lang]).toContain(us[0]);
  });
}

test("comparison embed: stacked at 800 wide, side by side only where both fit; texts ≥ 11px, none overlap or is cut off", async ({
  page,
}) => {
  await page.goto(`/embed?a=2022-01-01&b=${DAY}`);
  const pictures = page.locator("figure[data-date] svg");
  await expect(pictures).toHaveCount(2);
  const both = await pictures.all();
  expect(both).toHaveLength(2);
  for (const svg of both) {
    const { labels, frame } = await renderedSvgTexts(svg);
    expect(labels.length).toBeGreaterThan(20);
    expect(under(labels, 11), "texts under 11px").toEqual([]);
    expect(overlappingPairs(labels), "overlapping texts").toEqual([]);
    // The comparison is taller than the frame and scrolls: only the frame's width may cut a text off.
    expect(
      cutOff(labels, { ...frame, viewport: { ...frame.viewport, height: Infinity } }),
      "texts cut off",
    ).toEqual([]);
  }
  const tops = async () =>
    Promise.all((await pictures.all()).map(async (p) => (await p.boundingBox())?.y ?? 0));
  const [first, second] = await tops();
  expect(second ?? 0, "stacked: the later date below the earlier").toBeGreaterThan((first ?? 0) + 300);
  // Two 800 px pictures and the gap between them: side by side, each at its own size.
  await page.setViewportSize({ width: 1620, height: 900 });
  const [left, right] = await tops();
  expect(right).toBe(left);
  for (const svg of both)
    expect(under((await renderedSvgTexts(svg)).labels, 11), "texts under 11px side by side").toEqual([]);
});

test("the embed's font files are served cacheable, and nothing else under /fonts/", async ({ request }) => {
  const font = await request.get("/fonts/noto-sans-400.woff2");
  expect(font.status()).toBe(200);
  expect(font.headers()["content-type"]).toBe("font/woff2");
  expect(font.headers()["cache-control"]).toContain("s-maxage");
  const etag = font.headers().etag ?? "";
  expect(etag).toBeTruthy();
  expect((await request.get(font.url(), { headers: { "If-None-Match": etag } })).status()).toBe(304);
  for (const path of ["/fonts/nope.woff2", "/fonts/..%2Fpackage.json", "/fonts/%2e%2e%2f400.css"])
    expect((await request.get(path)).status(), path).toBe(404);
});
