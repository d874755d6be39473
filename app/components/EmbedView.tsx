"use client";

import { useMemo, useState } from "react";
import type { PartnerTimeline } from "@/lib/graph/timeline";
import { filterRows, rowsAsOf } from "@/lib/views/explorer";
import { formatDate, translator, tierName } from "@/lib/i18n/messages";
import type { ViewState } from "@/lib/schema/view-state";
import { GraphCanvas } from "./GraphCanvas";
import { Legend } from "./Legend";
import { HeightReporter } from "./HeightReporter";

const NO_LEADERS: never[] = [];

/** Minimal chrome for iframes: title, date, legend, the graph, and a credit linking to the full view. */
export function EmbedView({
  partners,
  state,
  fullViewUrl,
}: {
  partners: PartnerTimeline[];
  state: ViewState;
  fullViewUrl: string;
}) {
  const t = translator(state.lang);
  const rows = useMemo(
    () => filterRows(rowsAsOf(partners, state.asOf), state.tiers, ""),
    [partners, state.asOf, state.tiers],
  );
  const [focus, setFocus] = useState<string | null>(state.focus);
  const focused = rows.find((r) => r.key === focus);
  return (
    <main className="embed">
      <h1 className="view-title">
        {state.title ?? t("tagline")} — {t("asOf")} {formatDate(state.asOf, state.lang)}
      </h1>
      {state.subtitle ? <p className="muted">{state.subtitle}</p> : null}
      <Legend lang={state.lang} />
      <GraphCanvas
        rows={rows}
        leaders={NO_LEADERS}
        layout={state.layout}
        lang={state.lang}
        focus={focus}
        matches={null}
        label={t("graphLabel")}
        help={t("canvasHelp")}
        onSelect={setFocus}
      />
      <p role="status" className="muted">
        {focused
          ? `${state.lang === "vi" ? focused.labelVi : focused.label}: ${tierName(state.lang, focused.tier)}`
          : ""}
      </p>
      <p className="credit">
        <a href={fullViewUrl} target="_blank" rel="noopener">
          {t("credit")}
        </a>
      </p>
      <HeightReporter />
    </main>
  );
}
