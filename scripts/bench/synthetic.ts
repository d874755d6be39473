import type { Dataset, Relationship } from "../../lib/schema/dataset";
import type { RawFile } from "../../lib/dataset/files";

/**
 * A dataset `factor` times the real one: every relationship copied with a new key and shifted
 * coordinates, its tier history intact, so tier changes grow in proportion.
 */
export function syntheticDataset(real: Dataset, factor: number): Dataset {
  if (factor === 1) return real;
  const relationships: Relationship[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const rel of real.relationships) {
      relationships.push(
        copy === 0
          ? rel
          : {
              ...rel,
              key: `${rel.key}${copy}`,
              name: `${rel.name} ${copy}`,
              nameVi: `${rel.nameVi} ${copy}`,
              lat: rel.lat,
              lon: (rel.lon + copy * 0.37) % 180,
            },
      );
    }
  }
  return { ...real, relationships };
}

/** The same synthetic dataset as raw files, to time validation end to end. */
export function syntheticFiles(dataset: Dataset): RawFile[] {
  return [
    { file: "data/sources.json", text: JSON.stringify({ sources: dataset.sources }) },
    { file: "data/leaders.json", text: JSON.stringify({ leaders: dataset.leaders }) },
    { file: "data/events.json", text: JSON.stringify({ events: dataset.events }) },
    { file: "data/totals.json", text: JSON.stringify({ totals: dataset.totals }) },
    ...dataset.relationships.map((r) => ({
      file: `data/relationships/${r.key}.json`,
      text: JSON.stringify(r),
    })),
  ];
}
