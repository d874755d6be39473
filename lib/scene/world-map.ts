import type { Feature, MultiPoint, MultiPolygon, Polygon } from "geojson";
import {
  geoArea,
  geoAzimuthalEqualArea,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type { Lang } from "@/lib/schema/view-state";
import { LABEL_PADDING } from "./labels";
import type { MapLayout, MapPanel, MapTone, Rect, WorldMap } from "./types";
import { worldCountries, type WorldCountry } from "./world";

/**
 * Pacific-centred: the map's edge runs down the Atlantic at 30° W, east of Brazil and west of Iceland and Cape
 * Verde, so no partner is cut in two and the Americas lie across the Pacific from Vietnam.
 */
const ROTATE: [number, number] = [-150, 0];

/** A crowded region drawn again, larger, in a panel of its own. */
interface Region {
  name: Record<Lang, string>;
  lon: [number, number];
  lat: [number, number];
  /** The centre of its own equal-area projection. */
  centre: [number, number];
}

const EUROPE: Region = {
  name: { en: "Europe", vi: "Châu Âu" },
  lon: [-12, 42],
  lat: [34, 71],
  centre: [15, 52],
};
const EAST_ASIA: Region = {
  name: { en: "East and Southeast Asia", vi: "Đông Á và Đông Nam Á" },
  lon: [90, 146],
  lat: [-11, 46],
  centre: [115, 18],
};

/** On a phone the world is too small for North Africa's and the Middle East's names too. */
const AFRICA_MIDDLE_EAST: Region = {
  name: { en: "North Africa and the Middle East", vi: "Bắc Phi và Trung Đông" },
  lon: [-18, 63],
  lat: [10, 42],
  centre: [25, 27],
};

type Point = [number, number];

/** The region's outline as points every degree, so its projected bounds follow the curved edges. */
function outline(region: Region): Point[] {
  const points: Point[] = [];
  const [w, e] = region.lon;
  const [s, n] = region.lat;
  for (let lon = w; lon <= e; lon += 1) points.push([lon, s], [lon, n]);
  for (let lat = s; lat <= n; lat += 1) points.push([w, lat], [e, lat]);
  return points;
}

const multiPoint = (coordinates: Point[]): MultiPoint => ({ type: "MultiPoint", coordinates });

/** Where a country's mark goes: the centroid of its largest piece (France's, not pulled towards Guiana). */
function markPoint(shape: Feature<Polygon | MultiPolygon>): Point {
  const g = shape.geometry;
  if (g.type === "Polygon") return geoCentroid(shape) as Point;
  const pieces = g.coordinates.map((coordinates): Polygon => ({ type: "Polygon", coordinates }));
  const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest) as Point;
}

function boundsRect(projection: GeoProjection, object: GeoPermissibleObjects): Rect {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const within = (p: { x: number; y: number }, r: Rect) =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** Each country's shape as path data, grouped by tone, clipped to the panel. */
function shapesIn(
  projection: GeoProjection,
  countries: readonly WorldCountry[],
  toneOf: (key: string | null) => MapTone,
): MapPanel["shapes"] {
  const path = geoPath(projection).digits(1);
  const byTone = new Map<MapTone, string[]>();
  for (const c of countries) {
    const d = path(c.shape);
    if (!d) continue;
    const tone = toneOf(c.key);
    byTone.set(tone, [...(byTone.get(tone) ?? []), d]);
  }
  const order: MapTone[] = [
    "land",
    "none",
    "comprehensive",
    "strategic",
    "comprehensive-strategic",
    "special",
    "home",
  ];
  return order.flatMap((tone) => {
    const ds = byTone.get(tone);
    return ds ? [{ tone, d: ds.join("") }] : [];
  });
}

/**
 * Where the insets go. A box taller than the world leaves room under it: Europe and East Asia side by side (or
 * one above the other on a phone). A wide box (a slide) gives the world its whole width and Europe a panel over
 * the part of the world where it hides the fewest marks (the open ocean), nearest Europe's frame.
 */
function insetRects(
  box: { width: number; height: number },
  world: Rect,
  margin: number,
  hides: (r: Rect) => number,
  frameOf: (region: Region) => Rect,
): { region: Region; rect: Rect }[] {
  const { width, height } = box;
  const top = world.y + world.height + margin;
  const spare = height - top - margin;
  if (spare >= 0.3 * height) {
    const w = width - 2 * margin;
    if (w >= 1.3 * spare) {
      const half = (w - margin) / 2;
      return [
        { region: EUROPE, rect: { x: margin, y: top, width: half, height: spare } },
        { region: EAST_ASIA, rect: { x: margin * 2 + half, y: top, width: half, height: spare } },
      ];
    }
    // Narrow and tall: the insets one above the other, with Africa and the Middle East as well when there is room.
    // Europe and East Asia hold most names; Africa and the Middle East a few, far apart.
    const regions: [Region, number][] =
      spare >= 0.6 * height
        ? [
            [EUROPE, 0.4],
            [AFRICA_MIDDLE_EAST, 0.22],
            [EAST_ASIA, 0.38],
          ]
        : [
            [EUROPE, 0.5],
            [EAST_ASIA, 0.5],
          ];
    const room = spare - margin * (regions.length - 1);
    let y = top;
    return regions.map(([region, share]) => {
      const rect = { x: margin, y, width: w, height: room * share };
      y += rect.height + margin;
      return { region, rect };
    });
  }
  const w = width * 0.28;
  const h = height * 0.52;
  const frame = frameOf(EUROPE);
  const candidates: Rect[] = [];
  for (let x = margin; x <= width - w - margin; x += width / 48)
    for (const y of [height - h - margin, margin]) candidates.push({ x, y, width: w, height: h });
  const cost = (r: Rect) =>
    (overlapsRect(r, frame) ? 1e6 : 0) +
    hides(r) +
    Math.hypot(r.x - frame.x, r.y + r.height / 2 - (frame.y + frame.height)) / width;
  const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  return [{ region: EUROPE, rect: best }];
}

const overlapsRect = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inRegion = (point: Point, region: Region) =>
  point[0] >= region.lon[0] &&
  point[0] <= region.lon[1] &&
  point[1] >= region.lat[0] &&
  point[1] <= region.lat[1];

/** The world in an equal-area projection (Equal Earth), Pacific-centred, filling the box; crowded regions inset. */
export const worldMap: WorldMap = {
  layout(partners, box, { lang, fontSize, measure }): MapLayout {
    const countries = worldCountries();
    const byKey = new Map(partners.map((p) => [p.key, p]));
    const toneOf = (key: string | null): MapTone => {
      if (key === "VN") return "home";
      const partner = key ? byKey.get(key) : undefined;
      return partner ? (partner.tier ?? "none") : "land";
    };
    const shapeOf = new Map(countries.flatMap((c) => (c.key ? [[c.key, c.shape] as const] : [])));
    const where = (key: string, lon: number, lat: number): Point => {
      const shape = shapeOf.get(key);
      return shape ? markPoint(shape) : [lon, lat];
    };
    const points = new Map<string, Point>([
      ["VN", where("VN", 107.8, 16)],
      ...partners.map((p) => [p.key, where(p.key, p.lon, p.lat)] as const),
    ]);

    const margin = Math.round(fontSize * 0.6);
    // The world fills the box: every country's shape and every partner's mark (Cape Verde lies west of Africa's
    // shapes, and small states have no shape at this scale).
    const all: GeoPermissibleObjects = {
      type: "FeatureCollection",
      features: [
        ...countries.map((c) => c.shape),
        { type: "Feature", properties: {}, geometry: multiPoint([...points.values()]) },
      ],
    };
    const main = geoEqualEarth()
      .rotate(ROTATE)
      .fitExtent(
        [
          [margin, margin],
          [box.width - margin, box.height - margin],
        ],
        all,
      );
    let world = boundsRect(main, all);
    // With room to spare below, the world goes to the top and the insets under it.
    const [tx, ty] = main.translate();
    main.translate([tx, ty - (world.y - margin)]);
    world = boundsRect(main, all);
    main.clipExtent([
      [0, 0],
      [box.width, box.height],
    ]);

    const at = new Map<string, { x: number; y: number; panel: number }>();
    for (const [key, point] of points) {
      const p = main(point);
      if (p) at.set(key, { x: p[0], y: p[1], panel: 0 });
    }
    const panels: MapPanel[] = [
      { x: 0, y: 0, width: box.width, height: box.height, shapes: [], inset: null },
    ];

    const frameOf = (region: Region) => boundsRect(main, multiPoint(outline(region)));
    // A framework partner's mark hidden under an inset costs far more than a quiet country's dot.
    const hides = (r: Rect) =>
      [...at]
        .filter(([, p]) => within(p, { x: r.x - 8, y: r.y - 8, width: r.width + 16, height: r.height + 16 }))
        .reduce((sum, [key]) => sum + (byKey.get(key)?.tier ? 50 : 1), 0);
    for (const { region, rect } of insetRects(box, world, margin, hides, frameOf)) {
      const frame = frameOf(region);
      // A partner in two regions' boxes belongs to the first (Turkey to Europe, not to the Middle East).
      const members = [...points]
        .filter(([key, point]) => at.get(key)?.panel === 0 && inRegion(point, region))
        .map(([key]) => key);
      const captionSize = fontSize;
      const captionText = region.name[lang];
      const captionWidth = measure(captionText, captionSize, true) + 2 * LABEL_PADDING;
      const captionHeight = captionSize + 2 * LABEL_PADDING;
      const inner = margin + fontSize;
      // Names beside the outermost marks need room across more than up and down.
      const sideRoom = margin + fontSize * 3;
      // The panel zooms to the partners it names (Vietnam among them); a quiet country's dot outside that view
      // stays on the world map.
      const memberPoints = members
        .filter((key) => key === "VN" || byKey.get(key)?.tier)
        .flatMap((key) => {
          const point = points.get(key);
          return point ? [point] : [];
        });
      const projection = geoAzimuthalEqualArea()
        .rotate([-region.centre[0], -region.centre[1]])
        .fitExtent(
          [
            [rect.x + sideRoom, rect.y + captionHeight + inner],
            [rect.x + rect.width - sideRoom, rect.y + rect.height - inner],
          ],
          // The region's outline only when it names too few partners.
          multiPoint(memberPoints.length >= 3 ? memberPoints : [...outline(region), ...memberPoints]),
        )
        .clipExtent([
          [rect.x, rect.y],
          [rect.x + rect.width, rect.y + rect.height],
        ]);
      const panel = panels.length;
      for (const key of members) {
        const point = points.get(key);
        const p = point ? projection(point) : null;
        if (p && within({ x: p[0], y: p[1] }, rect)) at.set(key, { x: p[0], y: p[1], panel });
      }
      panels.push({
        ...rect,
        shapes: shapesIn(projection, countries, toneOf),
        inset: {
          name: captionText,
          frame,
          caption: {
            text: captionText,
            x: rect.x + captionWidth / 2 + 2,
            y: rect.y + captionHeight / 2 + 2,
            width: captionWidth,
            height: captionHeight,
            fontSize: captionSize,
            bold: true,
            leaderLine: false,
          },
        },
      });
    }
    const first = panels[0];
    if (first) first.shapes = shapesIn(main, countries, toneOf);
    return { map: { panels }, at };
  },
};
