import { useCallback, useEffect, useState } from "react";

/** Long enough for a slow phone's first graph; a canvas that never draws must not hide what follows. */
const FALLBACK_MS = 2500;

/**
 * Whether a part of the page that can wait (the long table) may render yet, and the callback that says the
 * graph is drawn. Rendering those parts after the graph's first frame, not with it, keeps their rendering
 * and layout off the path to the first picture.
 */
export function useShownAfterGraph(): [boolean, () => void] {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    const timer = window.setTimeout(() => setShown(true), FALLBACK_MS);
    return () => window.clearTimeout(timer);
  }, [shown]);
  return [shown, useCallback(() => setShown(true), [])];
}
