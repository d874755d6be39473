"use client";

import { useCallback, useMemo, useState } from "react";
import { filterRows, rowsAsOf, tierCounts } from "@/lib/views/explorer";
import type { ExplorerPayload } from "@/lib/views/payload";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { TIER_FILTER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { MESSAGES, tierName } from "@/lib/i18n/messages";
import { matchesSearch } from "@/lib/views/search";
import { TIER_STYLE } from "@/lib/render/palette";
import { GraphCanvas, type CanvasLeader } from "./GraphCanvas";
import { CountryTable } from "./CountryTable";
import { CountryDetailsView } from "./CountryDetailsView";
import { DateControl } from "./DateControl";
import { Legend, TierMark } from "./Legend";
import { SharePanel } from "./SharePanel";
import { altTextFor } from "@/lib/render/alt-text";

export type ExplorerState = Pick<ViewState, "asOf" | "tiers" | "q" | "focus" | "layout" | "lang" | "leaders">;

/** The explorer: every control writes the view state, and the view state is always the URL. */
export function Explorer({
  payload,
  initial,
  today,
}: {
  payload: ExplorerPayload;
  initial: ExplorerState;
  today: string;
}) {
  const [state, setState] = useState<ExplorerState>(initial);
  const m = MESSAGES[state.lang];

  const update = useCallback((patch: Partial<ExplorerState>) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      window.history.replaceState(null, "", `${window.location.pathname}${viewStateToQuery(next)}`);
      return next;
    });
  }, []);

  const allRows = useMemo(() => rowsAsOf(payload.partners, state.asOf), [payload.partners, state.asOf]);
  const counts = useMemo(() => tierCounts(allRows), [allRows]);
  const tierRows = useMemo(() => filterRows(allRows, state.tiers, ""), [allRows, state.tiers]);
  const tableRows = useMemo(() => filterRows(tierRows, null, state.q), [tierRows, state.q]);
  const matches = useMemo(
    () => (state.q.trim() ? new Set(tableRows.map((r) => r.key)) : null),
    [state.q, tableRows],
  );
  const leaders = useMemo<CanvasLeader[]>(() => {
    if (!state.leaders) return [];
    const present = new Set(tierRows.map((r) => r.key));
    const byId = new Map(payload.leaders.map((l) => [l.id, l]));
    const seen = new Set<string>();
    return payload.involvements.flatMap((inv) => {
      const leader = byId.get(inv.leader);
      if (!leader || inv.effective > state.asOf || !present.has(inv.country) || seen.has(inv.leader))
        return [];
      seen.add(inv.leader);
      return [
        {
          id: leader.id,
          label: state.lang === "vi" && leader.nameVi ? leader.nameVi : leader.name,
          country: inv.country,
        },
      ];
    });
  }, [state.leaders, state.asOf, state.lang, tierRows, payload.leaders, payload.involvements]);

  const toggleTier = (tier: TierFilterCode) => {
    const current = state.tiers ?? [...TIER_FILTER_CODES];
    const next = current.includes(tier) ? current.filter((t) => t !== tier) : [...current, tier];
    update({
      tiers:
        next.length === TIER_FILTER_CODES.length ? null : TIER_FILTER_CODES.filter((t) => next.includes(t)),
    });
  };
  const selected = state.focus ? payload.details[state.focus] : undefined;
  const searchHits = state.q.trim()
    ? payload.partners.filter((p) => matchesSearch(state.q, [p.label, p.labelVi, p.key])).length
    : null;

  return (
    <div className="explorer">
      <aside className="controls" aria-label={m.controls}>
        <a className="skip" href="#country-table">
          {m.skipToTable}
        </a>
        <DateControl
          value={state.asOf}
          min={payload.firstDay}
          max={today}
          changeDays={payload.changeDays}
          lang={state.lang}
          onChange={(asOf) => update({ asOf })}
        />
        <fieldset data-testid="tier-filter">
          <legend>{m.tiers}</legend>
          {TIER_FILTER_CODES.map((t) => (
            <label key={t}>
              <input
                type="checkbox"
                checked={!state.tiers || state.tiers.includes(t)}
                onChange={() => toggleTier(t)}
                data-tier={t}
              />{" "}
              <TierMark shape={TIER_STYLE[t].shape} colour={TIER_STYLE[t].colour} /> {tierName(state.lang, t)}{" "}
              <span data-testid={`count-${t}`}>({counts[t]})</span>
            </label>
          ))}
        </fieldset>
        <label>
          {m.search}
          <input
            type="search"
            value={state.q}
            maxLength={100}
            onChange={(e) => update({ q: e.target.value })}
            data-testid="search"
            style={{ width: "100%" }}
          />
        </label>
        {searchHits !== null ? (
          <p role="status" className="muted">
            {tableRows.length} {m.results}
          </p>
        ) : null}
        <label>
          {m.layout}{" "}
          <select
            value={state.layout}
            onChange={(e) => update({ layout: e.target.value as ExplorerState["layout"] })}
            data-testid="layout"
          >
            <option value="rings">{m.layoutRings}</option>
            <option value="geo">{m.layoutGeo}</option>
            <option value="force">{m.layoutForce}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.leaders}
            onChange={(e) => update({ leaders: e.target.checked })}
          />{" "}
          {m.showLeaders}
        </label>
        <a
          href={`?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(viewStateToQuery(state))), lang: state.lang === "vi" ? "en" : "vi" })}`}
          hrefLang={state.lang === "vi" ? "en" : "vi"}
        >
          {m.language}
        </a>
        <SharePanel
          state={state}
          title={`${m.tagline} — ${state.asOf}`}
          alt={altTextFor(tierRows, state.asOf, state.lang)}
        />
      </aside>
      <section aria-label={m.explorer}>
        <h1 className="view-title">
          <span data-testid="partner-count">{allRows.length}</span> {m.countriesInView} {state.asOf}
        </h1>
        <Legend lang={state.lang} />
        <GraphCanvas
          rows={tierRows}
          leaders={leaders}
          layout={state.layout}
          lang={state.lang}
          focus={state.focus}
          matches={matches}
          label={m.graphLabel}
          help={m.canvasHelp}
          onSelect={(focus) => update({ focus })}
        />
        {tableRows.length === 0 ? <p role="status">{m.noMatch}</p> : null}
        <CountryTable
          rows={tableRows}
          lang={state.lang}
          focus={state.focus}
          onSelect={(focus) => update({ focus })}
        />
      </section>
      <aside className="details" aria-label={m.details} aria-live="polite">
        {selected ? (
          <>
            <button type="button" onClick={() => update({ focus: null })}>
              {m.close}
            </button>{" "}
            <a href={`/country/${selected.key}${state.lang === "vi" ? "?lang=vi" : ""}`}>
              {m.openCountryPage}
            </a>
            <CountryDetailsView details={selected} lang={state.lang} />
          </>
        ) : (
          <p className="muted">{m.canvasHelp}</p>
        )}
      </aside>
    </div>
  );
}
