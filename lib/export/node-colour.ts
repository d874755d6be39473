import type { ViewNodeAttributes } from "@/lib/graph/as-of";
import { HOME_COLOUR, LEADER_COLOUR, TIER_STYLE } from "@/lib/render/palette";

/** A node's colour in exports: the same palette as the explorer (tier colours, "no tier" grey). */
export function nodeColour(a: ViewNodeAttributes): { hex: string; r: number; g: number; b: number } {
  const hex =
    a.kind === "home"
      ? HOME_COLOUR
      : a.kind === "leader"
        ? LEADER_COLOUR
        : TIER_STYLE[a.tier ?? "none"].colour;
  const n = parseInt(hex.slice(1), 16);
  return { hex: hex.toLowerCase(), r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
