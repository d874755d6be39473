import { TIER_CODES, type TierCode } from "@/lib/schema/tiers";
import { HOME_COLOUR, LEADER_COLOUR, TIER_STYLE } from "@/lib/render/palette";
import { boxAround, overlaps, type Box } from "./boxes";
import { bearingFromVietnam, geoProjection, HOME_LAT, HOME_LON, spreadAngles } from "./geometry";
import { MARK_CLEARANCE, placeLabels, type LabelRequest } from "./labels";
import { ringCaption } from "./captions";
import { shortName } from "./short-names";
import type { RingGuide, Scene, SceneEdge, SceneInput, SceneNode, ScenePartner } from "./types";

const HOME_KEY = "VN";
type RingTier = TierCode | "none";

/** Which ring a partner sits on: special innermost, then down the tiers, the band without a framework last. */
function ringTier(p: ScenePartner): RingTier {
  return p.tier ?? "none";
}

/** The box a mark covers: stars and diamonds reach past the mark's radius (see the SVG writer's shapes). */
function markBox(x: number, y: number, r: number): Box {
  return boxAround(x, y, 2 * MARK_CLEARANCE * r, 2 * MARK_CLEARANCE * r);
}

/** Mark sizes scale gently with the label size, so a slide's marks match its larger text. */
function markRadius(kind: SceneNode["kind"], quiet: boolean, fontSize: number): number {
  const unit = fontSize / 12;
  if (kind === "home") return 16 * unit;
  if (kind === "leader") return 3.5 * unit;
  return quiet ? 2.6 * unit : 7 * unit;
}

interface Frame {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** The outermost ellipse that leaves room for labels on every side, and stays ring-like in any shape. */
function outerFrame(input: SceneInput): Frame {
  const { width, height, fontSize } = input;
  const roomX = Math.min(150, width * 0.17) * (fontSize / 12);
  const roomY = fontSize * 2.6;
  let rx = Math.max(20, width / 2 - roomX);
  let ry = Math.max(20, height / 2 - roomY);
  rx = Math.min(rx, ry * 1.8);
  ry = Math.min(ry, rx * 1.35);
  return { cx: width / 2, cy: height / 2, rx, ry };
}

function partnerName(p: ScenePartner, lang: SceneInput["lang"]) {
  return lang === "vi" ? p.labelVi : p.label;
}

/**
 * One picture of a view: where every mark sits, its colour and shape, which labels are drawn where and at
 * what size, the ring guides and their captions. Deterministic, no DOM: the canvas and the SVG writer both
 * draw exactly this.
 */
export function buildScene(input: SceneInput): Scene {
  const { lang, fontSize } = input;
  const frame = outerFrame(input);
  const { cx, cy } = frame;
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  const rings: RingGuide[] = [];
  const obstacles: Box[] = [];
  const requests: LabelRequest[] = [];
  // On a map Vietnam's mark shrinks so its neighbours stay visible.
  const homeR = markRadius("home", false, fontSize) * (input.layout === "geo" ? 0.55 : 1);
  const home: SceneNode = {
    key: HOME_KEY,
    kind: "home",
    tier: null,
    x: cx,
    y: cy,
    r: homeR,
    shape: "ellipse",
    fill: HOME_COLOUR,
    name: lang === "vi" ? "Việt Nam" : "Vietnam",
    otherName: lang === "vi" ? "Vietnam" : "Việt Nam",
    label: null,
    quiet: false,
  };
  nodes.push(home);
  obstacles.push(boxAround(cx, cy, 2 * homeR, 2 * homeR));
  requests.push({
    key: HOME_KEY,
    x: cx,
    y: cy,
    r: homeR,
    outward: Math.PI / 2,
    texts: [home.name],
    bold: true,
  });

  const byRing = new Map<RingTier, ScenePartner[]>();
  for (const p of input.partners) byRing.set(ringTier(p), [...(byRing.get(ringTier(p)) ?? []), p]);
  const ringOrder: RingTier[] = [...TIER_CODES, "none"].filter((t) =>
    byRing.has(t as RingTier),
  ) as RingTier[];
  const tierRings = ringOrder.filter((t) => t !== "none");
  const hasBand = byRing.has("none");
  // A small first ring (three special partners) sits close in, leaving the room to the crowded rings.
  const firstCount = byRing.get(tierRings[0] ?? "none")?.length ?? 0;
  const inner = Math.min(0.36, Math.max(0.22, 0.16 + 0.02 * firstCount));
  const tierOuter = hasBand ? 0.86 : 1;
  // Each ring needs room round it for its members' labels (about 4 label heights each); on a small screen that
  // pushes the crowded rings outward, and the rings beyond them close up.
  const meanRadius = Math.sqrt((frame.rx * frame.rx + frame.ry * frame.ry) / 2);
  const fractions = new Map<RingTier, number>();
  let previous = 0;
  tierRings.forEach((t, i) => {
    const even =
      tierRings.length === 1
        ? hasBand
          ? 0.6
          : 0.8
        : inner + ((tierOuter - inner) * i) / (tierRings.length - 1);
    const needed = ((byRing.get(t)?.length ?? 0) * fontSize * 4) / (2 * Math.PI * meanRadius);
    const f = Math.min(Math.max(even, needed, previous + 0.1), tierOuter);
    fractions.set(t, f);
    previous = f;
  });
  const fractionOf = (t: RingTier): number => (t === "none" ? 1 : (fractions.get(t) ?? tierOuter));

  const positionOf = new Map<string, SceneNode>();
  const captionBoxes: Box[] = [];
  const geo = geoProjection(input.partners, frame);
  if (input.layout === "geo") {
    const p = geo.project(HOME_LAT, HOME_LON);
    home.x = p.x;
    home.y = p.y;
    obstacles[0] = boxAround(p.x, p.y, 2 * homeR, 2 * homeR);
    const request = requests[0];
    if (request) Object.assign(request, { x: p.x, y: p.y });
  }
  for (const tier of ringOrder) {
    const members = [...(byRing.get(tier) ?? [])];
    const f = input.layout === "rings" ? fractionOf(tier) : 1;
    const rx = frame.rx * f;
    const ry = frame.ry * f;
    const quiet = tier === "none";
    const captionText = ringCaption(lang, tier, members.length);
    const captionSize = Math.max(input.minFontSize, fontSize - 1);
    const captionWidth = input.measure(captionText, captionSize, false) + 9;
    if (input.layout === "rings") {
      // The caption sits at the top of its ring, or at the bottom where rings close up and captions would
      // collide, or nowhere (the legend still names the tier). Members share the rest of the ring.
      const caption = [-Math.PI / 2, Math.PI / 2]
        .map((side) => ({
          side,
          label: {
            text: captionText,
            x: cx,
            y: cy + ry * Math.sin(side),
            width: captionWidth,
            height: captionSize + 9,
            fontSize: captionSize,
            bold: false,
            leaderLine: false,
          },
        }))
        .find(({ label }) => {
          const box = boxAround(label.x, label.y, label.width, label.height);
          return !captionBoxes.some((other) => overlaps(box, other));
        });
      rings.push({ tier, rx, ry, caption: caption?.label ?? null });
      if (caption) {
        const box = boxAround(caption.label.x, caption.label.y, caption.label.width, caption.label.height);
        captionBoxes.push(box);
        obstacles.push(box);
      }
      const side = caption?.side ?? -Math.PI / 2;
      const radius = Math.sqrt((rx * rx + ry * ry) / 2);
      const gapHalf = caption ? Math.min(0.9, (captionWidth / 2 + fontSize) / radius) : 0;
      const start = side + gapHalf;
      const end = side + 2 * Math.PI - gapHalf;
      members.sort(
        (a, b) =>
          bearingFromVietnam(a.lat, a.lon) - bearingFromVietnam(b.lat, b.lon) || a.key.localeCompare(b.key),
      );
      const targets = members.map((m) => {
        const φ = bearingFromVietnam(m.lat, m.lon) - Math.PI / 2;
        const turned = start + ((((φ - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
        // A direction inside the caption's gap goes to the nearer side of it, not round the ring.
        if (turned <= end) return turned;
        return turned - end < start + 2 * Math.PI - turned ? end : start;
      });
      const order = targets.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t);
      const angles = spreadAngles(
        order.map((o) => o.t),
        start,
        end,
        ((end - start) / Math.max(1, members.length)) * 0.9,
      );
      order.forEach((o, j) => {
        const m = members[o.i];
        const φ = angles[j];
        if (!m || φ === undefined) return;
        positionOf.set(m.key, place(m, cx + rx * Math.cos(φ), cy + ry * Math.sin(φ), quiet));
      });
    } else {
      for (const m of members) {
        const p = geo.project(m.lat, m.lon);
        positionOf.set(m.key, place(m, p.x, p.y, quiet));
      }
    }
  }

  function place(p: ScenePartner, x: number, y: number, quiet: boolean): SceneNode {
    const r = markRadius(p.kind, quiet, fontSize);
    const style = TIER_STYLE[p.tier ?? "none"];
    const node: SceneNode = {
      key: p.key,
      kind: p.kind,
      tier: p.tier,
      x,
      y,
      r,
      shape: style.shape,
      fill: style.colour,
      name: partnerName(p, lang),
      otherName: lang === "vi" ? p.label : p.labelVi,
      label: null,
      quiet,
    };
    nodes.push(node);
    // The band's dots are quiet enough for a label to pass over them (its halo masks them).
    if (!quiet) obstacles.push(markBox(x, y, r));
    if (!quiet)
      edges.push({ key: `${HOME_KEY}->${p.key}`, source: HOME_KEY, target: p.key, kind: "partnership" });
    return node;
  }

  placeLeaders(input, frame, nodes, edges, obstacles, positionOf);

  // Labels by importance: Vietnam, the selection and search hits, then partners from the highest tier down, then leaders, then the band.
  const named = input.named ?? new Set<string>();
  const rank = (n: SceneNode) =>
    named.has(n.key)
      ? -1
      : n.kind === "leader"
        ? 10
        : n.quiet
          ? 20
          : TIER_CODES.indexOf(n.tier ?? "comprehensive");
  const labelled = nodes
    .filter((n) => n.kind !== "home" && (!n.quiet || input.expandUnaligned || named.has(n.key)))
    .sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
  for (const n of labelled) {
    const short = n.kind === "leader" ? null : shortName(n.key, lang);
    requests.push({
      key: n.key,
      x: n.x,
      y: n.y,
      r: n.r,
      outward: Math.atan2(n.y - cy, n.x - cx),
      texts: short && short !== n.name ? [n.name, short] : [n.name],
    });
  }
  const margin = 2;
  const { placed, hidden } = placeLabels(requests, {
    measure: input.measure,
    fontSize,
    minFontSize: input.minFontSize,
    bounds: { x0: margin, y0: margin, x1: input.width - margin, y1: input.height - margin },
    obstacles,
    // Past a thousand labels there is no room to move them anyway: try near each mark only.
    maxStep: requests.length > 1000 ? 0 : 6,
  });
  for (const n of nodes) n.label = placed.get(n.key) ?? null;
  const ringIndex = (n: SceneNode) => [...TIER_CODES, null].indexOf(n.tier);
  const clockwise = (n: SceneNode) => (Math.atan2(n.y - cy, n.x - cx) + (5 * Math.PI) / 2) % (2 * Math.PI);
  const order = nodes
    .filter((n) => n.kind === "country" || n.kind === "organisation")
    .sort((a, b) => ringIndex(a) - ringIndex(b) || clockwise(a) - clockwise(b))
    .map((n) => n.key);
  return {
    width: input.width,
    height: input.height,
    cx,
    cy,
    nodes,
    edges,
    rings,
    order,
    hiddenLabels: hidden,
  };
}

/**
 * Vietnam's leaders sit on a small ring round the centre, so the dashed links to the partners they dealt with
 * cross the rings; a foreign leader sits just outside their own country's mark.
 */
function placeLeaders(
  input: SceneInput,
  frame: Frame,
  nodes: SceneNode[],
  edges: SceneEdge[],
  obstacles: Box[],
  positionOf: Map<string, SceneNode>,
): void {
  const r = markRadius("leader", false, input.fontSize);
  const home = input.leaders.filter((l) => l.country === HOME_KEY);
  const perCountry = new Map<string, number>();
  const add = (key: string, name: string, x: number, y: number) => {
    nodes.push({
      key,
      kind: "leader",
      tier: null,
      x,
      y,
      r,
      shape: "ellipse",
      fill: LEADER_COLOUR,
      name,
      otherName: name,
      label: null,
      quiet: false,
    });
    obstacles.push(markBox(x, y, r));
  };
  home.forEach((l, i) => {
    const φ = -Math.PI / 2 + ((i + 0.5) * 2 * Math.PI) / home.length;
    add(l.key, l.label, frame.cx + frame.rx * 0.17 * Math.cos(φ), frame.cy + frame.ry * 0.17 * Math.sin(φ));
  });
  for (const l of input.leaders) {
    if (l.country === HOME_KEY) continue;
    const anchor = positionOf.get(l.country) ?? positionOf.get(l.partners[0] ?? "");
    if (!anchor) continue;
    const n = perCountry.get(anchor.key) ?? 0;
    perCountry.set(anchor.key, n + 1);
    const φ =
      Math.atan2(anchor.y - frame.cy, anchor.x - frame.cx) +
      (n % 2 === 0 ? 1 : -1) * (0.5 + 0.4 * Math.floor(n / 2));
    const d = anchor.r + r + 6 + 5 * Math.floor(n / 2);
    add(l.key, l.label, anchor.x + d * Math.cos(φ), anchor.y + d * Math.sin(φ));
  }
  const present = new Set(nodes.map((n) => n.key));
  for (const l of input.leaders) {
    if (!present.has(l.key)) continue;
    for (const partner of l.partners)
      if (positionOf.has(partner))
        edges.push({ key: `${l.key}->${partner}`, source: l.key, target: partner, kind: "involvement" });
  }
}
