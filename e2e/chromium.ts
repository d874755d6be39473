/** Debian's Chromium (browsers cannot be downloaded here), shared by the e2e tests and `npm run bench`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Quiet, sandbox-free flags for a container: no GPU, no background traffic to skew timings. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
