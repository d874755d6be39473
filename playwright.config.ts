import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);

/** End-to-end tests run against the production build (`next build` first) in Debian's Chromium. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // A test that fails once is a failure to fix: no retries, no `.only` left in, flaky runs are red.
  retries: 0,
  forbidOnly: !!process.env.CI,
  failOnFlakyTests: !!process.env.CI,
  timeout: 60_000,
  // Web-first waits: a shared 2-core CI machine under load can take longer than the default 5 s to draw the
  // canvas; a wait that never comes true still fails.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 1000 } } },
  ],
  webServer: {
    // The build as it ships: the standalone server with its preloaded guard (scripts/serve.mjs).
    command: `PORT=${PORT} HOST=127.0.0.1 node scripts/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/api/graph?asOf=2000-01-01`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
