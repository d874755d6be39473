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
 * Each tier's colour for text (a chart's line names) on each theme: on the light background a shade of the
 * tier's colour that keeps 4.5:1, on the dark the colour itself or a lighter shade.
 */
export const TIER_TEXT_INK: Record<"light" | "dark", Record<TierCode, string>> = {
  light: {
    special: "#B34E00",
    "comprehensive-strategic": "#0072B2",
    strategic: "#007A59",
    comprehensive: "#8F6200",
  },
  dark: {
    special: "#D55E00",
    "comprehensive-strategic": "#56B4E9",
    strategic: "#009E73",
    comprehensive: "#E69F00",
  },
};
/** The same as CSS that follows the page's theme. */
export const TIER_TEXT_COLOUR = Object.fromEntries(
  (Object.keys(TIER_TEXT_INK.light) as TierCode[]).map((t) => [
    t,
    `light-dark(${TIER_TEXT_INK.light[t]}, ${TIER_TEXT_INK.dark[t]})`,
  ]),
) as Record<TierCode, string>;
export const HOME_COLOUR = "#CC79A7";
export const LEADER_COLOUR = "#56B4E9";
