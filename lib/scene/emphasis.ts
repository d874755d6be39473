import type { Scene } from "./types";

/** What a selected leader brings forward: their links, and the marks those links join (Vietnam's too). */
export interface LeaderEmphasis {
  leader: string;
  links: ReadonlySet<string>;
  marks: ReadonlySet<string>;
}

/**
 * The emphasis of a selected leader in a scene: their involvement links and the partners at the other end stay
 * at full strength, everything else fades. Null when the selection is not a leader drawn in the scene. The canvas
 * and the SVG writer both draw it from here, so a shared or downloaded picture fades the same marks.
 */
export function leaderEmphasis(scene: Scene, focus: string | null): LeaderEmphasis | null {
  if (!focus || !scene.nodes.some((n) => n.key === focus && n.kind === "leader")) return null;
  const links = scene.edges.filter((e) => e.kind === "involvement" && e.source === focus);
  const home = scene.nodes.filter((n) => n.kind === "home").map((n) => n.key);
  return {
    leader: focus,
    links: new Set(links.map((e) => e.key)),
    marks: new Set([focus, ...home, ...links.map((e) => e.target)]),
  };
}
