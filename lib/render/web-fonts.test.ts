import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { getGraphAsOf } from "@/lib/graph";
import { FONT_FILES } from "./font-files";
import {
  WEB_FONT_DIR,
  WEB_FONT_WEIGHTS,
  codePointsOf,
  WEB_FONT_RANGES,
  webFontCss,
  webFontName,
} from "./web-fonts";

// Every name the pictures set: partners and leaders, in English and Vietnamese.
const graph = getGraphAsOf({ asOf: "2025-12-31", tiers: null });
const names = [
  ...new Set(graph.mapNodes((_, a) => [a.label, "labelVi" in a ? a.labelVi : null]).flat()),
].filter((name): name is string => typeof name === "string" && name.length > 0);

const open = (file: string) => create(readFileSync(file)) as Font;
const advance = (font: Font, text: string) =>
  font.layout(text.normalize("NFC")).advanceWidth / font.unitsPerEm;

describe.each(WEB_FONT_WEIGHTS.map((weight, i) => ({ weight, ttf: FONT_FILES[i] ?? "" })))(
  "the web font at weight $weight",
  ({ weight, ttf }) => {
    const web = open(path.join(WEB_FONT_DIR, webFontName(weight)));
    const whole = open(ttf);

    it("sets every name as wide as the pictures' font does (its kerning kept), Vietnamese included", () => {
      expect(names.length).toBeGreaterThan(100);
      expect(names.some((n) => /[ăâđêôơư]/i.test(n))).toBe(true);
      const differing = names.filter((n) => Math.abs(advance(web, n) - advance(whole, n)) > 1e-6);
      expect(differing).toEqual([]);
    });

    it("has a glyph for every character of every name", () => {
      const missing = [...new Set(names.join("").normalize("NFC"))].filter(
        (c) => !web.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
      );
      expect(missing).toEqual([]);
    });
  },
);

describe("webFontCss", () => {
  it("declares one face per weight, each covering Latin and Vietnamese", () => {
    const css = webFontCss();
    expect(css.match(/@font-face/g)).toHaveLength(WEB_FONT_WEIGHTS.length);
    const points = new Set(codePointsOf(WEB_FONT_RANGES));
    for (const c of "Aaz Đđ Ơơ Ưư ệ ở Ỹ") expect(points.has(c.codePointAt(0) ?? 0), c).toBe(true);
  });
});
