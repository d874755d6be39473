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
