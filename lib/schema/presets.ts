/** The shapes an author's picture is made for: its size at scale=1 (contract, "Snapshots for authors"). */
export const PRESET_SIZES = {
  article: { width: 800, height: 600 },
  slide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
  social: { width: 1200, height: 630 },
} as const;

export const PRESETS = Object.keys(PRESET_SIZES) as (keyof typeof PRESET_SIZES)[];
export type Preset = keyof typeof PRESET_SIZES;

/** A picture without a preset or size: the long-standing 1200×800 snapshot. */
export const DEFAULT_PICTURE_SIZE = { width: 1200, height: 800 } as const;

/** The picture's size at scale=1: explicit width/height win over the preset, the preset over the default. */
export function pictureSize(state: {
  preset?: Preset | null;
  width?: number | undefined;
  height?: number | undefined;
}): { width: number; height: number } {
  const base = state.preset ? PRESET_SIZES[state.preset] : DEFAULT_PICTURE_SIZE;
  return { width: state.width ?? base.width, height: state.height ?? base.height };
}
