import { getGraphAsOf } from "@/lib/graph";
import { buildScene } from "@/lib/scene/build";
import { sceneInputsFromGraph } from "@/lib/scene/from-graph";
import { measureWithNotoSans } from "@/lib/render/measure-font";
for (const [w, h, fs] of [[800, 480, 11], [1920, 900, 16], [390, 450, 11], [900, 700, 13], [600, 500, 11]] as const) for (const lang of ["en", "vi"] as const) {
  const { partners, leaders } = sceneInputsFromGraph(getGraphAsOf({ asOf: "2025-12-31", tiers: null }), lang, false);
  const s = buildScene({ partners, leaders, width: w, height: h, lang, layout: "rings", expandUnaligned: false, measure: measureWithNotoSans, fontSize: fs, minFontSize: 11 });
  console.log(w, h, lang, "hidden:", s.hiddenLabels.join(" "));
}
