/**
 * Shortens text to at most `max` characters (ellipsis included) at a word boundary, so previews never
 * end mid-word. Text that fits is returned unchanged.
 */
export function cutAtWord(text: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
