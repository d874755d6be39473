import { expect, test } from "@playwright/test";

// The explorer's first response already says what the view counts: a phone shows it before any script runs.
for (const view of ["/?asOf=2024-03-10", "/?asOf=1995-01-01&lang=vi", "/?asOf=2016-06-01&tiers=strategic"]) {
  test(`${view}: the page's first response carries the headline the explorer then shows`, async ({
    browser,
  }) => {
    const scriptless = await browser.newPage({ javaScriptEnabled: false });
    await scriptless.goto(view);
    const firstTitle = (await scriptless.locator("main h1").innerText()).trim();
    const firstDetail = await scriptless.locator("main .headline-detail").allInnerTexts();
    expect(firstTitle).toMatch(/\d/);
    await scriptless.close();

    const page = await browser.newPage();
    await page.goto(view);
    await expect(page.getByTestId("headline")).toHaveText(firstTitle);
    // A filtered view has no detail line, in either: the lists of texts are equal, empty or not.
    await expect(page.getByTestId("headline-detail")).toHaveText(firstDetail.map((text) => text.trim()));
    // The explorer replaces the first view: one headline on the page.
    await expect(page.locator("main h1")).toHaveCount(1);
    await page.close();
  });
}

// The comparison's first response already has its counts: the same table the comparison then shows.
test("/compare: the first response carries the counts per tier the comparison then shows", async ({
  browser,
}) => {
  const view = "/compare?a=2016-01-01&b=2024-03-10&lang=vi";
  const scriptless = await browser.newPage({ javaScriptEnabled: false });
  await scriptless.goto(view);
  const firstRows = await scriptless.locator("main table tbody tr").allInnerTexts();
  expect(firstRows).toHaveLength(5);
  expect(firstRows.join("\n")).toMatch(/Đối tác Chiến lược Toàn diện\s+\d+\s+\d+\s+\+\d+/);
  await scriptless.close();

  const page = await browser.newPage();
  await page.goto(view);
  await expect(page.locator('[data-testid="compare-counts"] tbody tr')).toHaveText(
    firstRows.map((row) => row.replace(/\s+/g, " ").trim()),
    { useInnerText: true },
  );
  await expect(page.locator("main h1")).toHaveCount(1);
  await page.close();
});

// The first view is the page until the reader asks for more: no script of the app is fetched while the page is
// left alone (its clock paused, so the idle timer never comes), and the first key press brings the explorer.
test("/: the explorer's scripts wait for the reader, and come at the first key press", async ({ page }) => {
  const chunks: string[] = [];
  page.on("request", (request) => {
    if (/\/_next\/static\/chunks\/.+\.js$/.test(request.url())) chunks.push(request.url());
  });
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.goto("/?asOf=2024-03-10");
  // Readable as it is: the headline and the picture drawn by the server, with working links.
  await expect(page.locator("main h1")).toContainText(/\d+/);
  await expect(page.locator(".first-picture svg:visible")).toHaveCount(1);
  await expect(page.locator("main header a.language-switch")).toHaveAttribute("href", /lang=vi/);
  await page.waitForLoadState("load");
  expect(chunks).toEqual([]);

  await page.keyboard.press("Tab");
  await expect.poll(() => chunks.length).toBeGreaterThan(0);
  await page.clock.resume();
  await expect(page.getByTestId("headline")).toBeVisible();
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
});

// What the picture shows where the explorer will show it: its box does not move when the explorer takes over.
test("/ at 390×844: the first picture sits where the explorer's canvas then sits", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const scriptless = await context.newPage();
  await scriptless.goto("/?asOf=2024-03-10");
  const first = await scriptless.locator(".first-picture").boundingBox();
  await context.close();
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto("/?asOf=2024-03-10");
  await expect(page.getByTestId("graph-canvas")).toBeVisible();
  const canvas = await page.locator(".canvas-box").boundingBox();
  expect(first).not.toBeNull();
  expect(canvas).not.toBeNull();
  if (!first || !canvas) return;
  expect(Math.abs(first.width - canvas.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(first.height - canvas.height)).toBeLessThanOrEqual(1);
  // The header's citation control is a few pixels taller than the first view's language link on a phone.
  expect(Math.abs(first.y - canvas.y)).toBeLessThanOrEqual(6);
  await page.close();
});

// The drawing shown is the one made for the screen: scaled into the canvas box, its type stays near the size
// the scene chose for it (the canvas's own sizes), from a 320 px phone to a 1920 px slide.
for (const [width, height] of [
  [320, 700],
  [390, 844],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`/ at ${width}×${height}: the first picture is the drawing made for the screen, its type scaled 0.85–1.2×`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/?asOf=2024-03-10");
    const fit = await page.locator(".first-picture").evaluate((box) => {
      const shown = [...box.querySelectorAll("svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
      const svg = shown[0];
      if (!svg) return null;
      const { width: boxWidth, height: boxHeight } = box.getBoundingClientRect();
      const drawn = svg.viewBox.baseVal;
      return { shown: shown.length, scale: Math.min(boxWidth / drawn.width, boxHeight / drawn.height) };
    });
    expect(fit?.shown).toBe(1);
    expect(fit?.scale).toBeGreaterThanOrEqual(0.85);
    expect(fit?.scale).toBeLessThanOrEqual(1.2);
    await context.close();
  });
}

// Lighthouse's phone (412×823) with the web font arriving late: the first view is drawn in the fallback font,
// then in Noto Sans, and nothing on it moves.
test("/ at 412×823: the first view does not shift when the web font arrives late", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  // Its scripts are kept away: the first view is what is measured.
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, (route) => route.abort());
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => undefined);
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/");
  await page.waitForFunction(() => document.fonts.check('12px "Noto Sans"', "Việt Nam"));
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await context.close();
});
