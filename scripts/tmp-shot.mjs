import { chromium } from "playwright-core";
const base = process.env.BASE ?? "http://127.0.0.1:3390";
const shots = JSON.parse(process.argv[2]);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [name, path, w, h, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme ?? "light" });
  await page.goto(base + path);
  await page.waitForSelector('[data-ready="true"]', { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/pic/${name}.png` });
  const hidden = await page
    .getAttribute('[data-testid="graph-canvas"]', "data-hidden-labels")
    .catch(() => null);
  console.log(name, "hidden:", hidden);
  await page.close();
}
await browser.close();
