import type { TierCode } from "@/lib/schema/tiers";

/**
 * Okabe–Ito colours, safe for the common colour-vision deficiencies; each tier also has its own
 * shape so colour is never the only cue.
 */
export const TIER_STYLE: Record<
  TierCode | "none",
  { colour: string; shape: "diamond" | "star" | "triangle" | "round-rectangle" | "ellipse" }
> = {
  special: { colour: "#D55E00", shape: "diamond" },
  "comprehensive-strategic": { colour: "#0072B2", shape: "star" },
  strategic: { colour: "#009E73", shape: "triangle" },
  comprehensive: { colour: "#E69F00", shape: "round-rectangle" },
  none: { colour: "#8C8C8C", shape: "ellipse" },
};
/**
 * Each tier's colour for text (a chart's line names), as CSS that follows the page's theme: a shade of the
 * tier's colour that keeps 4.5:1 on the light background, the colour itself (or a lighter shade) on the dark.
 */
export const TIER_TEXT_COLOUR: Record<TierCode, string> = {
  special: "light-dark(#B34E00, #D55E00)",
  "comprehensive-strategic": "light-dark(#0072B2, #56B4E9)",
  strategic: "light-dark(#007A59, #009E73)",
  comprehensive: "light-dark(#8F6200, #E69F00)",
};
export const HOME_COLOUR = "#CC79A7";
export const LEADER_COLOUR = "#56B4E9";
