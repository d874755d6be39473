import { TIER_CODES } from "@/lib/schema/tiers";
import { highlightRing } from "./highlight";
import { MARK_CLEARANCE, placeLabels, type LabelOptions, type LabelRequest, type Placement } from "./labels";
import { shortName } from "./short-names";
import type { SceneInput, SceneNode } from "./types";

export interface SceneLabelOptions extends Omit<LabelOptions, "maxStep"> {
  /** The selection and search hits: labelled first, even in the quiet band. */
  named: ReadonlySet<string>;
  /** Marks ringed (SceneInput.highlight): their names sit outside the ring. */
  highlight: ReadonlySet<string>;
  /** Vietnam's own leaders, who sit in the band round the centre. */
  homeLeaders: ReadonlySet<string>;
  expandUnaligned: boolean;
  /** Tiers whose partners are named only where the name sits unmistakably by its mark (a small picture). */
  optionalTiers: ReadonlySet<string>;
  lang: SceneInput["lang"];
  cx: number;
  cy: number;
  /** Per label: where it must stay and what it must not cross (a map's panels). */
  areaOf?: (key: string) => Pick<LabelRequest, "bounds" | "avoid">;
}

/** How many times the hard cases move to the front and every label is placed again. */
const RETRIES = 3;

/**
 * Which labels a scene draws, by importance: `first` (Vietnam's own), the selection and search hits, partners from
 * the highest tier down, leaders, then the quiet band. Vietnam's leaders are placed right after the special
 * partners next to their band. Hard cases go first on a retry: leaders that found no room, and partners whose
 * label found no spot nearer their own mark than another's move to the front of their tier. The best try wins:
 * the fewest partners (that must be named) and leaders unnamed, then partners mislabelled, then others unnamed.
 */
export function labelScene(
  nodes: readonly SceneNode[],
  first: readonly LabelRequest[],
  options: SceneLabelOptions,
): Placement {
  const { named, homeLeaders, lang, cx, cy } = options;
  const labelled = nodes.filter(
    (n) => n.kind !== "home" && (!n.quiet || options.expandUnaligned || named.has(n.key)),
  );
  const rank = (n: SceneNode, leadersEarly: boolean, promoted: ReadonlySet<string>) => {
    const first = promoted.has(n.key) ? -0.5 : 0;
    if (named.has(n.key)) return -1;
    if (n.kind === "leader") return homeLeaders.has(n.key) && leadersEarly ? 0.5 + first / 5 : 10;
    return (n.quiet ? 20 : TIER_CODES.indexOf(n.tier ?? "comprehensive")) + first;
  };
  const optional = (key: string) => {
    const n = labelled.find((m) => m.key === key);
    return !!n && !named.has(key) && n.tier !== null && options.optionalTiers.has(n.tier);
  };
  const placeInOrder = (leadersEarly: boolean, promoted: ReadonlySet<string>): Placement => {
    const ordered = [...labelled].sort(
      (a, b) =>
        rank(a, leadersEarly, promoted) - rank(b, leadersEarly, promoted) || a.key.localeCompare(b.key),
    );
    const requests = [
      ...first,
      ...ordered.map((n): LabelRequest => {
        const short = n.kind === "leader" ? null : shortName(n.key, lang);
        return {
          key: n.key,
          x: n.x,
          y: n.y,
          r: options.highlight.has(n.key) ? highlightRing(n.r).reach / MARK_CLEARANCE : n.r,
          outward: Math.atan2(n.y - cy, n.x - cx),
          texts: short && short !== n.name ? [n.name, short] : [n.name],
          optional: optional(n.key),
          ...options.areaOf?.(n.key),
        };
      }),
    ];
    // Past a thousand labels there is no room to move them anyway: try near each mark only.
    return placeLabels(requests, { ...options, maxStep: requests.length > 1000 ? 0 : 6 });
  };

  const partners = new Set(labelled.filter((n) => n.kind !== "leader").map((n) => n.key));
  const required = (p: Placement) => p.hidden.filter((key) => partners.has(key) && !optional(key)).length;
  const skipped = (p: Placement) => p.hidden.filter((key) => partners.has(key) && optional(key)).length;
  const leadersMissed = (p: Placement) => p.hidden.filter((key) => homeLeaders.has(key));
  const mislabelled = (p: Placement) => p.loose.filter((key) => partners.has(key)).length;
  const worse = (a: Placement, b: Placement) =>
    required(a) + leadersMissed(a).length - required(b) - leadersMissed(b).length ||
    mislabelled(a) - mislabelled(b) ||
    skipped(a) - skipped(b);
  const leadersEarly = homeLeaders.size > 0;
  const promoted = new Set<string>();
  let best: Placement | null = null;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const placement = placeInOrder(leadersEarly, promoted);
    if (!best || worse(placement, best) < 0) best = placement;
    const hard = [...leadersMissed(placement), ...placement.loose.filter((key) => partners.has(key))];
    if (hard.length === 0 || hard.every((key) => promoted.has(key))) break;
    for (const key of hard) promoted.add(key);
  }
  // Leaders early must never cost a partner its label: then they come after every partner.
  const late = leadersEarly && best && required(best) > 0 ? placeInOrder(false, new Set()) : null;
  return late && best && worse(late, best) < 0 ? late : (best ?? placeInOrder(false, promoted));
}
