/** Coordinates in SVG markup: a tenth of a pixel is finer than any screen shows. */
export const f = (n: number) => n.toFixed(1);
