/**
 * Screenshots against a started production build (`npm run build && npm run serve &`), in two sets:
 *
 * - `pages` (the default): every page at a phone and a desktop size, for docs/screenshots/.
 * - `reader`: what issue 24's readers meet — `/`, `/compare`, `/embed` and the share dialog (on `/` and on
 *   `/compare`) at 320, 390, 768, 1024 and 1400 px, in English and Vietnamese, light and dark: 100 files,
 *   named `{view}-{width}-{lang}-{scheme}.png`, into a directory outside the repository.
 *
 * `BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts [pages|reader]` (OUT picks the directory).
 * Each file is listed with how much wider than the screen its page is, if it is.
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const SET = process.argv[2] === "reader" ? "reader" : "pages";
const OUT = process.env.OUT ?? (SET === "reader" ? "/work/shots/set" : "docs/screenshots");

interface Shot {
  name: string;
  path: string;
  /** Opens the share dialog once the page is drawn, and waits for its preview. */
  share?: boolean;
}

const PAGE_SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1400, height: 1000 },
] as const;
const PAGES: Shot[] = [
  { name: "explorer", path: "/?asOf=2024-03-10" },
  { name: "explorer-australia", path: "/?asOf=2024-03-10&focus=AU" },
  { name: "compare", path: "/compare?a=2023-01-01&b=2024-12-31" },
  { name: "country-us", path: "/country/US" },
  { name: "data", path: "/data" },
];

/** A screen of each common shape: small and large phones, a tablet upright, a small laptop, a desktop. */
const READER_SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1400, height: 1000 },
] as const;
const READER_VIEWS: Shot[] = [
  { name: "explorer", path: "/?asOf=2024-03-10" },
  { name: "compare", path: "/compare?a=2023-01-01&b=2024-12-31" },
  { name: "embed", path: "/embed?asOf=2024-03-10" },
  { name: "share", path: "/?asOf=2024-03-10", share: true },
  { name: "share-compare", path: "/compare?a=2023-01-01&b=2024-12-31", share: true },
];

async function settle(page: Page, shot: Shot): Promise<void> {
  // The embed is drawn by the server (inline SVG); the other views by Cytoscape on a canvas.
  if (shot.path.startsWith("/embed")) await page.locator("svg").filter({ visible: true }).first().waitFor();
  else {
    const canvases = page.locator('[data-testid="graph-canvas"]');
    for (let i = 0; i < (await canvases.count()); i++)
      await canvases.nth(i).locator("canvas").first().waitFor();
  }
  if (shot.share) {
    await page.getByTestId("share-open").click();
    const frame = page.frameLocator('[data-testid="share-preview"] iframe');
    await frame.locator("svg").filter({ visible: true }).first().waitFor();
  }
  await page.waitForTimeout(400); // let the first frame paint
}

async function take(page: Page, shot: Shot, file: string): Promise<void> {
  await page.goto(`${BASE_URL}${shot.path}`);
  await settle(page, shot);
  await page.screenshot({ path: file });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${file}${overflow > 0 ? `  (wider than the screen by ${overflow}px)` : ""}`);
}

const withLang = (path: string, lang: string) =>
  lang === "en" ? path : `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  if (SET === "pages") {
    for (const size of PAGE_SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      for (const shot of PAGES) await take(page, shot, `${OUT}/${shot.name}-${size.name}.png`);
      await page.close();
    }
  } else {
    for (const colorScheme of ["light", "dark"] as const)
      for (const size of READER_SIZES) {
        const page = await browser.newPage({ viewport: size, colorScheme });
        for (const lang of ["en", "vi"])
          for (const shot of READER_VIEWS)
            await take(
              page,
              { ...shot, path: withLang(shot.path, lang) },
              `${OUT}/${shot.name}-${size.width}-${lang}-${colorScheme}.png`,
            );
        await page.close();
      }
  }
  await browser.close();
}

void main();
