/**
 * Ink for each theme. Label text passes WCAG AA (4.5:1) on its background, ring guides 3:1 (non-text); the
 * halo behind labels is the background itself, so the dark theme never shows white halos.
 */
export const SCENE_THEMES = {
  light: {
    bg: "#ffffff",
    fg: "#1b1b1b",
    muted: "#4d4d4d",
    guide: "#8a8a8a",
    edge: "#c9c9c9",
    stroke: "#1b1b1b",
    land: "#f1f1ee",
    quietLand: "#dcdcd8",
    water: "#f4f8fb",
    panel: "#f0f0f0",
  },
  dark: {
    bg: "#121212",
    fg: "#ececec",
    muted: "#bdbdbd",
    guide: "#737373",
    edge: "#3d3d3d",
    stroke: "#ececec",
    land: "#232323",
    quietLand: "#383838",
    water: "#161b20",
    panel: "#242424",
  },
} as const;
export type SceneTheme = keyof typeof SCENE_THEMES;
export type SceneInk = (typeof SCENE_THEMES)[SceneTheme];
