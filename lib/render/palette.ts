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
export const HOME_COLOUR = "#CC79A7";
export const LEADER_COLOUR = "#56B4E9";
