import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { Resvg } from "@resvg/resvg-js";
import { getGraphAsOf } from "@/lib/graph";
import { FONT_FILES, svgToPng } from "./png";
import { escapeXml } from "./escape-xml";
import { FONT_FAMILY, renderSvg } from "./svg";
import { validateDataset } from "@/lib/dataset/validate";
import { buildNetwork } from "@/lib/graph/network";
import { graphAsOf } from "@/lib/graph/as-of";
import { fixtureData, toRawFiles } from "@/lib/testing/fixture";
import { LAYOUTS, type Layout } from "@/lib/schema/view-state";

const options = {
  asOf: "2024-03-10",
  width: 1200,
  height: 800,
  theme: "light" as const,
  lang: "en" as const,
  layout: "rings" as const,
  showLeaders: true,
  creditUrl: "https://bamboo.example/",
};

type XmlNode = Record<string, unknown>;
function allNodes(node: unknown, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) node.forEach((n) => allNodes(n, out));
  else if (node && typeof node === "object") {
    out.push(node as XmlNode);
    Object.values(node).forEach((v) => allNodes(v, out));
  }
  return out;
}

describe("renderSvg", () => {
  const graph = getGraphAsOf({ asOf: "2024-03-10", tiers: null });
  const svg = renderSvg(graph, options);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(svg) as {
    svg: XmlNode;
  };

  it("is well-formed with an accessible title and description", () => {
    expect(JSON.stringify(doc.svg.title)).toContain("2024");
    expect(JSON.stringify(doc.svg.desc)).toContain("Comprehensive strategic partnership: 7");
    expect(doc.svg["@role"]).toBe("img");
  });

  it("draws one mark per node in the view, with its tier", () => {
    const marks = allNodes(doc.svg).filter((n) => n["@class"] === "node");
    expect(marks).toHaveLength(graph.order);
    const au = marks.find((n) => n["@data-key"] === "AU");
    expect(au?.["@data-tier"]).toBe("comprehensive-strategic");
  });

  it("has a legend of the tiers drawn, and the credit line", () => {
    expect(
      allNodes(doc.svg).flatMap((n) => (n["@class"] === "legend-item" ? [n["@data-tier"]] : [])),
    ).toEqual(["special", "comprehensive-strategic", "strategic", "comprehensive", "none", "leader"]);
    expect(svg).toContain("bamboo.example");
    const filtered = renderSvg(getGraphAsOf({ asOf: "2024-03-10", tiers: ["strategic"] }), {
      ...options,
      showLeaders: false,
      tiers: ["strategic"],
    });
    expect(filtered.match(/class="legend-item"/g)).toHaveLength(1);
    expect(filtered).toContain("Vietnam: strategic partnership");
  });

  it("is deterministic and escapes hostile labels", () => {
    expect(renderSvg(graph, options)).toBe(svg);
    const f = fixtureData();
    f.relationships.AU!.name = `<script>alert(1)</script>"onload=x ]]>`;
    const { dataset } = validateDataset(toRawFiles(f), "2026-11-23");
    const hostile = renderSvg(
      graphAsOf(buildNetwork(dataset!), { asOf: "2020-01-01", tiers: null }),
      options,
    );
    expect(hostile).not.toContain("<script>");
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=x ]]&gt;");
    expect(() => new XMLParser().parse(hostile)).not.toThrow();
    expect(escapeXml("a&b")).toBe("a&amp;b");
  });

  it("renders Vietnamese names in Vietnamese with the bundled font", () => {
    const vi = renderSvg(graph, { ...options, lang: "vi" });
    expect(vi).toContain("Hàn Quốc");
    expect(vi).toContain(`font-family="${FONT_FAMILY}"`);
  });
});

describe("layouts", () => {
  it("draws every layout the view state offers with its partners in other places", () => {
    const graph = getGraphAsOf({ asOf: "2024-03-10", tiers: null });
    const marks = (layout: Layout) =>
      new Map(
        [
          ...renderSvg(graph, { ...options, layout }).matchAll(
            /<g class="node" data-key="([^"]+)"[^>]*>(.*?)<\/g>/g,
          ),
        ].map((m) => [m[1]!, m[2]!]),
      );
    const pictures = LAYOUTS.map(marks);
    expect(LAYOUTS.length).toBeGreaterThan(1);
    for (const [i, picture] of pictures.entries()) {
      expect(picture.size, LAYOUTS[i]).toBeGreaterThan(100);
      for (const other of pictures.slice(i + 1)) {
        const moved = [...picture.keys()].filter((key) => picture.get(key) !== other.get(key));
        expect(moved.length / picture.size, LAYOUTS[i]).toBeGreaterThan(0.9);
      }
    }
  });
});

describe("PNG", () => {
  it("has the requested size times the scale", () => {
    const png = svgToPng(
      renderSvg(getGraphAsOf({ asOf: "2024-03-10", tiers: null }), { ...options, width: 400, height: 300 }),
      400,
      2,
    );
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBe(600);
  });

  it("draws Vietnamese diacritics from the bundled font, not tofu or nothing", () => {
    const ink = (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="40" font-size="32" font-family="${FONT_FAMILY}">${text}</text></svg>`;
      const pixels = new Resvg(svg, {
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
      }).render().pixels;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) n++;
      return n;
    };
    const plain = ink("Han Quoc");
    const marked = ink("Hàn Quốc");
    expect(plain).toBeGreaterThan(100);
    expect(marked).toBeGreaterThan(plain); // the accents are drawn on top of the same letters
    const tofu = ink("\u{10FFFD}\u{10FFFD}");
    expect(Math.abs(marked - tofu)).toBeGreaterThan(0);
  });
});
