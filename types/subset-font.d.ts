// subset-font ships no types; this covers the call scripts/web-font.ts makes.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2"; keepFeatures?: string[] },
  ): Promise<Buffer>;
}
