import { TIER_FILTER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { TIER_STYLE } from "@/lib/render/palette";
import { translator, tierName } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { TierMark } from "./Legend";

/** Tier filter chips, each with its shape, colour and the number of partners in it on the date. */
export function TierFilter({
  selected,
  counts,
  lang,
  onToggle,
}: {
  /** null: every tier. */
  selected: readonly TierFilterCode[] | null;
  counts: Record<TierFilterCode, number>;
  lang: Lang;
  onToggle: (tier: TierFilterCode) => void;
}) {
  const t = translator(lang);
  return (
    <fieldset data-testid="tier-filter">
      <legend>{t("tiers")}</legend>
      <div className="chips">
        {TIER_FILTER_CODES.map((tier) => (
          <label key={tier} className="chip">
            <input
              type="checkbox"
              checked={!selected || selected.includes(tier)}
              onChange={() => onToggle(tier)}
              data-tier={tier}
            />
            <TierMark shape={TIER_STYLE[tier].shape} colour={TIER_STYLE[tier].colour} />
            {tierName(lang, tier)}
            <span className="count" data-testid={`count-${tier}`}>
              ({counts[tier]})
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
