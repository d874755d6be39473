/**
 * Screenshots of every page at a phone and a desktop size, for docs/screenshots/. Run against a started
 * production server: `npm run build && npm run serve & BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts`.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const OUT = process.env.OUT ?? "docs/screenshots";
const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1400, height: 1000 },
] as const;
const PAGES = [
  { name: "explorer", path: "/?asOf=2024-03-10" },
  { name: "explorer-australia", path: "/?asOf=2024-03-10&focus=AU" },
  { name: "compare", path: "/compare?a=2023-01-01&b=2024-12-31" },
  { name: "country-us", path: "/country/US" },
  { name: "data", path: "/data" },
] as const;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    for (const { name, path } of PAGES) {
      await page.goto(`${BASE_URL}${path}`);
      const canvases = page.locator('[data-testid="graph-canvas"]');
      for (let i = 0; i < (await canvases.count()); i++)
        await canvases.nth(i).locator("canvas").first().waitFor();
      await page.waitForTimeout(300); // let the first frame paint
      const file = `${OUT}/${name}-${size.name}.png`;
      await page.screenshot({ path: file });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (wider than the screen by ${overflow}px)` : ""}`);
    }
    await page.close();
  }
  await browser.close();
}

void main();
