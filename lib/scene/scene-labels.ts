import { TIER_CODES } from "@/lib/schema/tiers";
import { highlightRing } from "./highlight";
import { MARK_CLEARANCE, placeLabels, type LabelOptions, type LabelRequest } from "./labels";
import { shortName } from "./short-names";
import type { PlacedLabel, SceneInput, SceneNode } from "./types";

export interface SceneLabelOptions extends Omit<LabelOptions, "maxStep"> {
  /** The selection and search hits: labelled first, even in the quiet band. */
  named: ReadonlySet<string>;
  /** Marks ringed (SceneInput.highlight): their names sit outside the ring. */
  highlight: ReadonlySet<string>;
  /** Vietnam's own leaders, who sit in the band round the centre. */
  homeLeaders: ReadonlySet<string>;
  expandUnaligned: boolean;
  lang: SceneInput["lang"];
  cx: number;
  cy: number;
  /** Per label: where it must stay and what it must not cross (a map's panels). */
  areaOf?: (key: string) => Pick<LabelRequest, "bounds" | "avoid">;
}

type Placement = { placed: Map<string, PlacedLabel>; hidden: string[] };

/** How many times Vietnam's leaders who found no room are moved to the front of their queue and placed again. */
const RETRIES = 3;

/**
 * Which labels a scene draws, by importance: `first` (Vietnam's own), the selection and search hits, partners from
 * the highest tier down, leaders, then the quiet band. Vietnam's leaders are placed right after the special
 * partners next to their band, the ones that found no room first on each retry (hard cases first), as long as that
 * costs no partner its label; otherwise after every partner.
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
  const rank = (n: SceneNode, leadersEarly: boolean, promoted: ReadonlySet<string>) =>
    named.has(n.key)
      ? -1
      : n.kind === "leader"
        ? homeLeaders.has(n.key) && leadersEarly
          ? promoted.has(n.key)
            ? 0.4
            : 0.5
          : 10
        : n.quiet
          ? 20
          : TIER_CODES.indexOf(n.tier ?? "comprehensive");
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
          ...options.areaOf?.(n.key),
        };
      }),
    ];
    // Past a thousand labels there is no room to move them anyway: try near each mark only.
    return placeLabels(requests, { ...options, maxStep: requests.length > 1000 ? 0 : 6 });
  };

  const partners = new Set(labelled.filter((n) => n.kind !== "leader").map((n) => n.key));
  const costsAPartner = (p: Placement) => p.hidden.some((key) => partners.has(key));
  const leadersMissed = (p: Placement) => p.hidden.filter((key) => homeLeaders.has(key));
  if (homeLeaders.size === 0) return placeInOrder(false, new Set());
  const promoted = new Set<string>();
  let best: Placement | null = null;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const placement = placeInOrder(true, promoted);
    if (costsAPartner(placement)) break;
    const missed = leadersMissed(placement);
    if (!best || missed.length < leadersMissed(best).length) best = placement;
    if (missed.length === 0) break;
    for (const key of missed) promoted.add(key);
  }
  return best ?? placeInOrder(false, new Set());
}
