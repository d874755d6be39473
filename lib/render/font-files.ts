import path from "node:path";

export const FONT_FAMILY = "Noto Sans";

/** The bundled font: Noto Sans covers every Vietnamese diacritic, so names never render as tofu. */
export const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"].map((file) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@expo-google-fonts/noto-sans", file),
);
