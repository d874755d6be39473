import { TIER_CODES, type TierCode } from "@/lib/schema/tiers";
import { HOME_COLOUR, TIER_STYLE } from "@/lib/render/palette";
import { boxAround, overlaps, type Box } from "./boxes";
import { bearingFromVietnam, spreadOverArcs } from "./geometry";
import { blockedSpan, freeArcs } from "./ring-arcs";
import { LABEL_PADDING, MARK_CLEARANCE, type LabelRequest, type RivalMark } from "./labels";
import { mapAreas } from "./map-areas";
import { highlightRing } from "./highlight";
import { placeLeaders } from "./leader-layout";
import { markReach } from "./shapes";
import { labelScene } from "./scene-labels";
import { nudgeMarks } from "./nudge";
import { ringCaption } from "./captions";
import type { RingGuide, Scene, SceneEdge, SceneInput, SceneNode, ScenePartner } from "./types";

const HOME_KEY = "VN";
/**
 * How much wider than a partners' ring of as many names the leaders' band is made where the rings can spare it:
 * leaders' names are longer, and a band only just wide enough names them all at the font's exact widths but not
 * at the canvas's rounded-up ones (Võ Văn Thưởng at 734×790).
 */
const LEADER_BAND_SLACK = 1.2;
/** Between the leaders' band and the first ring of partners, as a fraction of the outer ring. */
const LEADER_BAND_GAP = 0.12;
/** The widest band the rings can spare; a smaller picture keeps Vietnam's leaders on a small ring round it. */
const MAX_LEADER_BAND = 0.5;
const SMALL_LEADER_RING = 0.17;
/** How much of another ring (radians) a ring's caption may lie across before it gives way to the legend. */
const MAX_CAPTION_BLOCK = 0.3;
type RingTier = TierCode | "none";
/** From this width (px) every partner with a framework is named; narrower, the two highest tiers are. */
const EVERY_TIER_NAMED_FROM = 600;

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
  const roomX = Math.min(150, width * 0.17, Math.max(0, width - 300) * 0.3 + 36) * (fontSize / 12);
  const roomY = fontSize * 2.6;
  let rx = Math.max(20, width / 2 - roomX);
  let ry = Math.max(20, height / 2 - roomY);
  rx = Math.min(rx, ry * 1.8);
  ry = Math.min(ry, rx * 2.1);
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
  const tierOuter = hasBand ? 0.86 : 1;
  // A ring needs room round it for its members' labels (about 4 label heights each).
  const meanRadius = Math.sqrt((frame.rx * frame.rx + frame.ry * frame.ry) / 2);
  const roomFor = (count: number) => (count * fontSize * 4) / (2 * Math.PI * meanRadius);
  // Vietnam's own leaders get a band of their own between Vietnam and the first ring, wide enough for their names,
  // where that leaves the rings room (not on a phone): there they sit on a small ring, named in tooltips.
  const homeLeaders = input.leaders.filter((l) => l.country === HOME_KEY);
  const bandRoom = roomFor(homeLeaders.length);
  const hasLeaderBand = input.layout === "rings" && homeLeaders.length > 0 && bandRoom <= MAX_LEADER_BAND;
  const leaderBand = hasLeaderBand
    ? Math.min(MAX_LEADER_BAND, Math.max(SMALL_LEADER_RING, bandRoom * LEADER_BAND_SLACK))
    : SMALL_LEADER_RING;
  // The first ring also clears Vietnam's mark and its name below it, which a phone's small frame would
  // otherwise push far out on a leader line.
  const homeLabelRoom =
    homeR * MARK_CLEARANCE +
    2 +
    fontSize +
    2 * LABEL_PADDING +
    markRadius("country", false, fontSize) * MARK_CLEARANCE;
  const inner = Math.max(
    Math.min(0.36, Math.max(0.22, 0.16 + 0.02 * firstCount)),
    hasLeaderBand ? leaderBand + LEADER_BAND_GAP : 0,
    homeLabelRoom / Math.min(frame.rx, frame.ry),
  );
  // Rings are evenly spaced from the first to the last, however crowded: pushing a crowded ring outward would
  // close up the rings beyond it into one band (a phone's picture). A lone ring takes the room its labels need.
  const fractions = new Map<RingTier, number>();
  tierRings.forEach((t, i) => {
    const f =
      tierRings.length === 1
        ? Math.min(Math.max(hasBand ? 0.6 : 0.8, roomFor(byRing.get(t)?.length ?? 0)), tierOuter)
        : inner + ((tierOuter - inner) * i) / (tierRings.length - 1);
    fractions.set(t, f);
  });
  const fractionOf = (t: RingTier): number => (t === "none" ? 1 : (fractions.get(t) ?? tierOuter));

  const positionOf = new Map<string, SceneNode>();
  // Where each partner's mark box is among the obstacles: a mark nudged along its ring takes its box along.
  const markObstacle = new Map<string, number>();
  const captionBoxes: Box[] = [];
  const geo = input.layout === "geo" ? worldLayout(input) : null;
  const areas = geo ? mapAreas(geo.map) : null;
  if (geo && areas) {
    const p = geo.at.get(HOME_KEY) ?? { x: cx, y: cy, panel: 0 };
    home.x = p.x;
    home.y = p.y;
    obstacles[0] = boxAround(p.x, p.y, 2 * homeR, 2 * homeR);
    obstacles.push(...areas.captions);
    const request = requests[0];
    if (request) Object.assign(request, { x: p.x, y: p.y, ...areas.of(p.panel) });
  }
  // The rings and their captions first: a caption keeps every ring's marks off it, not only its own ring's.
  const captionSize = Math.max(input.minFontSize, fontSize - 1);
  const markClear = MARK_CLEARANCE * markRadius("country", false, fontSize) + 1;
  const guides = ringOrder.map((tier) => {
    const f = input.layout === "rings" ? fractionOf(tier) : 1;
    const guide = { tier, rx: frame.rx * f, ry: frame.ry * f, side: -Math.PI / 2, gapHalf: 0 };
    if (input.layout !== "rings") return guide;
    const captionText = ringCaption(lang, tier, byRing.get(tier)?.length ?? 0);
    const captionWidth = input.measure(captionText, captionSize, false) + 9;
    // The caption sits at the top of its ring, or at the bottom where rings close up and captions would
    // collide, or nowhere (the legend still names the tier). Members share the rest of the ring.
    const caption = [-Math.PI / 2, Math.PI / 2]
      .map((side) => ({
        side,
        label: {
          text: captionText,
          x: cx,
          y: cy + guide.ry * Math.sin(side),
          width: captionWidth,
          height: captionSize + 9,
          fontSize: captionSize,
          bold: false,
          leaderLine: false,
        },
      }))
      .find(({ label }) => {
        const box = boxAround(label.x, label.y, label.width, label.height);
        if (captionBoxes.some((other) => overlaps(box, other))) return false;
        // Where rings lie close (a small picture), a caption across the other rings would push their marks
        // aside: it gives way to the legend instead.
        return ringOrder.every((other) => {
          if (other === tier) return true;
          const f = fractionOf(other);
          return blockedSpan(cx, cy, frame.rx * f, frame.ry * f, markClear, box) <= MAX_CAPTION_BLOCK;
        });
      });
    rings.push({ tier, rx: guide.rx, ry: guide.ry, caption: caption?.label ?? null });
    if (!caption) return guide;
    const box = boxAround(caption.label.x, caption.label.y, caption.label.width, caption.label.height);
    captionBoxes.push(box);
    obstacles.push(box);
    const radius = Math.sqrt((guide.rx * guide.rx + guide.ry * guide.ry) / 2);
    return {
      ...guide,
      side: caption.side,
      gapHalf: Math.min(0.9, (captionWidth / 2 + fontSize) / radius),
    };
  });
  for (const { tier, rx, ry, side, gapHalf } of guides) {
    const members = [...(byRing.get(tier) ?? [])];
    const quiet = tier === "none";
    if (input.layout === "rings") {
      const start = side + gapHalf;
      const reach = MARK_CLEARANCE * markRadius("country", quiet, fontSize) + 1;
      const arcs = freeArcs(
        cx,
        cy,
        rx,
        ry,
        { start, end: side + 2 * Math.PI - gapHalf },
        reach,
        captionBoxes,
      );
      const free = arcs.reduce((sum, arc) => sum + arc.end - arc.start, 0);
      const targets = members.map((m) => {
        const φ = bearingFromVietnam(m.lat, m.lon) - Math.PI / 2;
        return start + ((((φ - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
      });
      const angles = spreadOverArcs(targets, arcs, (free / Math.max(1, members.length)) * 0.9);
      members.forEach((m, i) => {
        const φ = angles[i];
        if (φ !== undefined)
          positionOf.set(m.key, place(m, cx + rx * Math.cos(φ), cy + ry * Math.sin(φ), quiet));
      });
    } else {
      for (const m of members) {
        const p = geo?.at.get(m.key);
        if (p) positionOf.set(m.key, place(m, p.x, p.y, quiet));
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
    if (!quiet) markObstacle.set(p.key, obstacles.push(markBox(x, y, r)) - 1);
    // On a map the shading and the marks say the tier; lines from Vietnam would cross the insets' frames.
    if (!quiet && input.layout === "rings")
      edges.push({ key: `${HOME_KEY}->${p.key}`, source: HOME_KEY, target: p.key, kind: "partnership" });
    return node;
  }

  const drawnLeaders = placeLeaders(
    input.leaders,
    frame,
    leaderBand,
    markRadius("leader", false, fontSize),
    positionOf,
  );
  for (const n of drawnLeaders.nodes) {
    nodes.push(n);
    obstacles.push(markBox(n.x, n.y, n.r));
  }
  edges.push(...drawnLeaders.edges);

  // A ringed mark keeps its ring clear of every label, as a mark keeps its own box clear.
  const highlight = (input.highlight ?? []).filter((key) => positionOf.has(key));
  for (const key of highlight) {
    const n = positionOf.get(key);
    if (n) obstacles.push(boxAround(n.x, n.y, 2 * highlightRing(n.r).reach, 2 * highlightRing(n.r).reach));
  }
  const margin = 2;
  const label = () =>
    labelScene(nodes, requests, {
      highlight: new Set(highlight),
      named: new Set([...(input.named ?? []), ...(input.highlight ?? [])]),
      homeLeaders: new Set(hasLeaderBand ? homeLeaders.map((l) => l.key) : []),
      expandUnaligned: input.expandUnaligned,
      lang,
      cx,
      cy,
      measure: input.measure,
      fontSize: geo ? Math.max(fontSize, 12) : fontSize,
      // A map's names are read on screen at 12 px at least, on a phone too.
      minFontSize: geo ? Math.max(input.minFontSize, 12) : input.minFontSize,
      bounds: { x0: margin, y0: margin, x1: input.width - margin, y1: input.height - margin },
      obstacles,
      // A reader pins a name on the nearest mark: labels first look for spots nearer their own than any other.
      rivals: nodes
        .filter((n) => n.kind === "home" || ((n.kind === "country" || n.kind === "organisation") && !n.quiet))
        .map((n): RivalMark => ({ key: n.key, x: n.x, y: n.y, r: markReach(n) })),
      // A narrow picture (rings or map) names its two highest tiers always, the others where they fit
      // unmistakably: a phone's map has no room for 45 names each by its own mark (its shading still says the tier).
      optionalTiers,
      ...(geo && areas ? { areaOf: (key: string) => areas.of(geo.at.get(key)?.panel ?? 0) } : {}),
    });
  const isPartner = (n: SceneNode) => n.kind === "country" || n.kind === "organisation";
  const partnerKeys = new Set(nodes.filter(isPartner).map((n) => n.key));
  const optionalTiers: ReadonlySet<string> = new Set(
    input.width < EVERY_TIER_NAMED_FROM ? TIER_CODES.slice(2) : [],
  );
  // What a nudge must never cost: partners the picture names always, and Vietnam's leaders in their band.
  const mustName = new Set([
    ...nodes
      .filter((n) => isPartner(n) && !n.quiet && !optionalTiers.has(n.tier ?? "none"))
      .map((n) => n.key),
    ...(hasLeaderBand ? homeLeaders.map((l) => l.key) : []),
  ]);
  const first = label();
  const { placed, hidden } =
    input.layout !== "rings"
      ? first
      : nudgeMarks(
          guides.map((g) => ({
            rx: g.rx,
            ry: g.ry,
            marks: (byRing.get(g.tier) ?? [])
              .flatMap((p) => positionOf.get(p.key) ?? [])
              .filter((n) => !n.quiet),
          })),
          first,
          {
            cx,
            cy,
            allowed: (x, y) =>
              !captionBoxes.some((box) =>
                overlaps(markBox(x, y, markRadius("country", false, fontSize)), box),
              ),
            move: (n, x, y) => {
              n.x = x;
              n.y = y;
              const index = markObstacle.get(n.key);
              if (index !== undefined) obstacles[index] = markBox(x, y, n.r);
            },
            label,
            cost: (p) =>
              100 * p.hidden.filter((key) => mustName.has(key)).length +
              p.loose.filter((key) => partnerKeys.has(key)).length,
          },
        );
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
    map: geo?.map ?? null,
    hiddenLabels: hidden,
    highlight,
  };
}

/** The world map for a geographic scene, from the projection the view supplied. */
function worldLayout(input: SceneInput) {
  if (!input.world) throw new Error("A geographic scene needs the world map (lib/scene/world-map.ts).");
  return input.world.layout(input.partners, input, input);
}
