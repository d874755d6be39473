import { TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { HOME_COLOUR, TIER_STYLE } from "@/lib/render/palette";
import { translator, tierName } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

const SHAPE_PATH = {
  diamond: "M7 0 L14 7 L7 14 L0 7 Z",
  star: "M7 0 L8.8 5 L14 5 L9.8 8.2 L11.4 14 L7 10.6 L2.6 14 L4.2 8.2 L0 5 L5.2 5 Z",
  triangle: "M7 0 L14 14 L0 14 Z",
  "round-rectangle": "M2 0 H12 Q14 0 14 2 V12 Q14 14 12 14 H2 Q0 14 0 12 V2 Q0 0 2 0 Z",
  ellipse: "M7 0 A7 7 0 1 1 6.99 0 Z",
} as const;

/** Shape and colour per tier, drawn as marks (not text) so the meaning never rests on colour alone. */
export function TierMark({ shape, colour }: { shape: keyof typeof SHAPE_PATH; colour: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={SHAPE_PATH[shape]} fill={colour} stroke="#222" strokeWidth="0.8" />
    </svg>
  );
}

export function Legend({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <ul className="legend" aria-label={t("legend")}>
      <li>
        <TierMark shape="ellipse" colour={HOME_COLOUR} /> {t("vietnam")}
      </li>
      {TIER_FILTER_CODES.map((t) => (
        <li key={t}>
          <TierMark shape={TIER_STYLE[t].shape} colour={TIER_STYLE[t].colour} /> {tierName(lang, t)}
        </li>
      ))}
    </ul>
  );
}
