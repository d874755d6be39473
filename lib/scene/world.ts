import type { Feature, MultiPolygon, Polygon } from "geojson";
import codes from "i18n-iso-countries/codes.json";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

/** A Natural Earth country (1:110m), keyed by its ISO 3166-1 alpha-2 code (null for the few without one). */
export interface WorldCountry {
  key: string | null;
  shape: Feature<Polygon | MultiPolygon>;
}

/** Antarctica takes a sixth of a world map's height and holds no partner. */
const LEFT_OUT = new Set(["010"]);

let cached: WorldCountry[] | null = null;

/** The world's countries, converted once from world-atlas's TopoJSON (ids are ISO numeric codes). */
export function worldCountries(): WorldCountry[] {
  if (cached) return cached;
  const alpha2ByNumeric = new Map((codes as string[][]).map(([alpha2, , numeric]) => [numeric, alpha2]));
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  cached = collection.features
    .filter((f) => !LEFT_OUT.has(String(f.id)))
    .map((f) => ({
      key: alpha2ByNumeric.get(String(f.id)) ?? null,
      shape: f as Feature<Polygon | MultiPolygon>,
    }));
  return cached;
}
