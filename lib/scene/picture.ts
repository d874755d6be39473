/** Type sizes of a static picture, from its size: a 1920×1080 slide gets 16 px labels, an 800×600 article 11 px. */
export function pictureType(width: number, height: number) {
  const fontSize = Math.round(Math.min(16, Math.max(11, Math.min(width, height * 1.4) / 75)));
  return {
    fontSize,
    /** On slides nothing may be read under 14 px. */
    minFontSize: width >= 1600 ? 14 : 11,
    title: Math.round(fontSize * 1.75),
    subtitle: Math.round(fontSize * 1.15),
  };
}

/** Type sizes on screen, from the canvas's box: never under 11 px on a phone, 12 px from a tablet up. */
export function screenType(width: number, height: number) {
  const minFontSize = width < 600 ? 11 : 12;
  return {
    minFontSize,
    fontSize: Math.max(minFontSize, Math.min(15, Math.round(Math.min(width, height) / 52))),
  };
}
