/**
 * The ring round a mark the picture points out (a partner whose tier just changed): open, so the mark's own
 * shape and colour still say its tier; thick enough to find at a glance on a projected slide. The labeller
 * keeps the mark's name and its neighbours outside it.
 */
export function highlightRing(markRadius: number): { radius: number; width: number; reach: number } {
  const width = Math.max(2.5, markRadius * 0.35);
  // A star's tips reach 1.3 r: the ring clears them by a few pixels.
  const radius = markRadius * 1.3 + 3 + width / 2;
  return { radius, width, reach: radius + width / 2 };
}
