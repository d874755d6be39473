import type { Page } from "@playwright/test";

/** Cytoscape's chunk is recognised by its text: its file name is a content hash. */
const isCytoscape = (body: string) => /cytoscape/i.test(body) && body.includes("drawCachedElement");

/**
 * Keeps Cytoscape's script from the page: any chunk whose text carries Cytoscape is refused.
 * Returns the refused addresses. A chunk still in flight when the page closes is let go quietly
 * (its response is disposed with the page); any other failure is the test's.
 */
export async function withoutCytoscape(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (isCytoscape(body)) {
        refused.push(route.request().url());
        await route.abort();
      } else await route.fulfill({ response });
    } catch (error) {
      if (!page.isClosed()) throw error;
    }
  });
  return refused;
}

/** Closes a page whose routes may still be fetching. */
export async function closeQuietly(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.close();
}
