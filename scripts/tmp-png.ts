import { readFileSync, writeFileSync } from "node:fs";
import { svgToPng } from "@/lib/render/png";
for (const name of process.argv.slice(2)) {
  const svg = readFileSync(`lib/scene/__golden__/${name}.svg`, "utf8");
  const w = Number(/width="(\d+)"/.exec(svg)?.[1]);
  writeFileSync(`/tmp/pic/g-${name}.png`, svgToPng(svg, w, 1));
}
