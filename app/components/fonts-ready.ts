/**
 * Resolves once the browser has Noto Sans (regular and bold, Latin and Vietnamese) ready to measure with, or
 * after `timeoutMs` when it cannot get it (offline, blocked): labels are then measured in the fallback font
 * they are drawn in, never in one and drawn in the other.
 */
export function notoSansReady(timeoutMs = 3000): Promise<void> {
  if (typeof document === "undefined" || !("fonts" in document)) return Promise.resolve();
  // A sample with Vietnamese letters, so the Vietnamese file loads too, not only the Latin one.
  const sample = "Việt Nam ăâđêôơư Aa";
  const loads = Promise.all([
    document.fonts.load('12px "Noto Sans"', sample),
    document.fonts.load('bold 12px "Noto Sans"', sample),
  ]).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loads, new Promise<void>((resolve) => window.setTimeout(resolve, timeoutMs))]);
}
