/** Waits until `url` answers 2xx (a server just started), polling every 200 ms for up to 30 s. */
export async function waitUntilUp(url: string, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start (${url}).`);
}
