import { describe, expect, it } from "vitest";
import { captionBand, decodePng, pictureProblems } from "@/lib/testing/pixels";
import { SCENE_THEMES } from "@/lib/scene/theme";
import { TIER_CODES } from "@/lib/schema/tiers";
import { parseViewState } from "@/lib/schema/view-state";
import { chartSvg } from "./chart-picture";
import { TIER_STYLE, TIER_TEXT_INK } from "./palette";
import { svgToPng } from "./png";

const svgOf = (query: string) => chartSvg(parseViewState(new URLSearchParams(query)));

describe("the chart's picture (SVG)", () => {
  it("names each line at its end in the tier's text colour", () => {
    const svg = svgOf("b=2025-12-31&theme=light");
    const names = [
      ...svg.matchAll(/<text [^>]*fill="([^"]+)" class="line-name" data-tier="([^"]+)">([^<]+)</g),
    ];
    expect(names.map((m) => m[2])).toEqual([...TIER_CODES]);
    for (const [, fill, tier] of names)
      expect(fill).toBe(TIER_TEXT_INK.light[tier as (typeof TIER_CODES)[number]]);
    for (const m of names)
      expect(m[3]).toMatch(/^(Special|Comprehensive strategic|Strategic|Comprehensive) \d+$/);
    expect(svg).toContain("Tiers over time");
    expect(svg).toContain("Source: Bamboo");
  });

  it("escapes an author's title", () => {
    const svg = svgOf(`b=2025-12-31&title=${encodeURIComponent('<script>"x" & y</script>')}`);
    expect(svg).toContain("&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;");
    expect(svg).not.toContain("<script>");
  });

  it("is wholly Vietnamese with lang=vi", () => {
    const svg = svgOf("b=2025-12-31&lang=vi");
    expect(svg).toContain("Các cấp độ theo thời gian");
    expect(svg).toContain("Chiến lược toàn diện");
    expect(svg).toContain("Nguồn: Bamboo");
    expect(svg).not.toMatch(/Tiers over time|Strategic|Source/);
  });

  it("uses the dark theme's ink when asked", () => {
    const svg = svgOf("b=2025-12-31&theme=dark");
    expect(svg).toContain(`fill="${SCENE_THEMES.dark.bg}"`);
    expect(svg).toContain(`fill="${TIER_TEXT_INK.dark["comprehensive-strategic"]}"`);
  });
});

describe("the chart's picture (PNG), looked at pixel by pixel", () => {
  const svg = svgOf("b=2025-12-31&theme=light");
  const png = decodePng(svgToPng(svg, 1200, 1));
  const expected = {
    background: SCENE_THEMES.light.bg,
    colours: TIER_CODES.map((t) => TIER_STYLE[t].colour),
    caption: captionBand(svg),
  };

  it("is not blank, shows every tier's line colour and its date line", () => {
    expect([png.width, png.height]).toEqual([1200, 700]);
    expect(pictureProblems(png, expected)).toEqual([]);
  });

  it("would fail with the lines left out", () => {
    const bare = decodePng(svgToPng(svg.replace(/<g class="lines">.*<\/g>/, ""), 1200, 1));
    expect(pictureProblems(bare, expected).filter((p) => p.startsWith("no "))).not.toEqual([]);
  });
});
