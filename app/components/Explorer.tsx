"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { filterRows, latestTierChanges, rowsAsOf, tierCounts } from "@/lib/views/explorer";
import type { ExplorerPayload } from "@/lib/views/payload";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { TIER_FILTER_CODES, type TierFilterCode } from "@/lib/schema/tiers";
import { translator } from "@/lib/i18n/messages";
import { viewHeadline } from "@/lib/views/view-headline";
import { matchesSearch } from "@/lib/views/search";
import { GraphCanvas } from "./GraphCanvas";
import { changeCaption, stepsOn } from "@/lib/views/play-caption";
import type { SceneLeader } from "@/lib/scene/types";
import { leaderLabel } from "@/lib/scene/from-graph";
import { CountryTable, resultCounts } from "./CountryTable";
import { CountryDetailsView } from "./CountryDetailsView";
import { DateControl } from "./DateControl";
import { Legend } from "./Legend";
import { TierFilter } from "./TierFilter";
import { SearchBox } from "./SearchBox";
import { ExplorerOverview, TierSummary } from "./ExplorerOverview";
import { CONTENT_ID } from "./SiteHeader";
import { SharePanel } from "./SharePanel";
import { altTextFor } from "@/lib/render/alt-text";
import { useCountryDetails, useLeaderLinks, useLeaderSteps } from "./explorer-data";
import { LeaderDetailsView } from "./LeaderDetailsView";
import { useShownAfterGraph } from "./useShownAfterGraph";

export type ExplorerState = Pick<
  ViewState,
  "asOf" | "tiers" | "q" | "focus" | "layout" | "lang" | "leaders" | "v"
>;

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
  const [playing, setPlaying] = useState(false);
  /** Counts the reader's requests to see Vietnam itself (searched for by name). */
  const [centreRequest, setCentreRequest] = useState(0);
  const t = translator(state.lang);

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
  const leaderLinksState = useLeaderLinks(state.leaders, state.v);
  // The cached value keeps its identity across renders, so the canvas redraws only when it arrives.
  const leaderLinks = leaderLinksState.kind === "ready" ? leaderLinksState.value : null;
  const leaders = useMemo<SceneLeader[]>(() => {
    if (!state.leaders || !leaderLinks) return [];
    const present = new Set(tierRows.map((r) => r.key));
    const partnersOf = new Map<string, Set<string>>();
    for (const inv of leaderLinks.involvements)
      if (inv.effective <= state.asOf && present.has(inv.country))
        partnersOf.set(inv.leader, (partnersOf.get(inv.leader) ?? new Set()).add(inv.country));
    return leaderLinks.leaders.flatMap((leader) => {
      const partners = partnersOf.get(leader.id);
      if (!partners) return [];
      const label = leaderLabel(
        { label: leader.name, labelVi: leader.nameVi, country: leader.country },
        state.lang,
      );
      return [{ key: leader.id, label, country: leader.country, partners: [...partners] }];
    });
  }, [state.leaders, state.asOf, state.lang, tierRows, leaderLinks]);

  const toggleTier = (tier: TierFilterCode) => {
    const current = state.tiers ?? [...TIER_FILTER_CODES];
    const next = current.includes(tier) ? current.filter((t) => t !== tier) : [...current, tier];
    update({
      tiers:
        next.length === TIER_FILTER_CODES.length ? null : TIER_FILTER_CODES.filter((t) => next.includes(t)),
    });
  };
  const headline = useMemo(
    () => viewHeadline(payload.partners, { asOf: state.asOf, tiers: state.tiers, lang: state.lang }),
    [payload.partners, state.tiers, state.asOf, state.lang],
  );
  // A selected leader (tapped, or picked in the search) shows their steps; a partner its details.
  const leaderFocus = state.focus?.startsWith("leader:") ? state.focus : null;
  const selection = useCountryDetails(leaderFocus ? null : state.focus, state.v);
  const leaderSteps = useLeaderSteps(leaderFocus, state.asOf, state.v);
  const selected = leaderFocus ? leaderSteps : selection;
  // On a phone or tablet the details open as a sheet over the graph, which keeps the chosen partner clear of it.
  const details = useRef<HTMLElement>(null);
  const searchHits = state.q.trim()
    ? payload.partners.filter((p) => matchesSearch(state.q, p.key, [p.label, p.labelVi])).length
    : null;

  // The focused partner's tier on the view's date, first in the sheet so a phone shows it without scrolling.
  const focusedRow = allRows.find((r) => r.key === state.focus);
  const latest = useMemo(() => latestTierChanges(allRows, 5), [allRows]);
  const select = (focus: string | null) => update({ focus });
  const [tableShown, showTable] = useShownAfterGraph();
  // While history plays, the partners that changed on the day shown are ringed, as in the GIF.
  const changedNow = useMemo(
    () => (playing ? stepsOn(payload.partners, state.asOf, state.lang).map((s) => s.key) : null),
    [playing, payload.partners, state.asOf, state.lang],
  );

  return (
    <div className="explorer" id={CONTENT_ID} tabIndex={-1}>
      <section className="stage" aria-label={t("explorer")}>
        <h1 className="view-title" data-testid="headline" data-count={headline.count}>
          {headline.title}
        </h1>
        {headline.detail ? (
          <p className="muted headline-detail" data-testid="headline-detail">
            {headline.detail}
          </p>
        ) : null}
        <GraphCanvas
          rows={tierRows}
          leaders={leaders}
          layout={state.layout}
          lang={state.lang}
          focus={state.focus}
          matches={matches}
          label={t("graphLabel")}
          help={t("canvasHelp")}
          onSelect={select}
          caption={playing ? changeCaption(payload.partners, state.asOf, state.lang) : null}
          highlight={changedNow}
          onDrawn={showTable}
          centreRequest={centreRequest}
          coveredBy={details}
        />
        <Legend lang={state.lang} />
      </section>
      <aside className="controls" aria-label={t("controls")}>
        <DateControl
          value={state.asOf}
          min={payload.firstDay}
          max={today}
          changeDays={payload.changeDays}
          lang={state.lang}
          onChange={(asOf) => update({ asOf })}
          onPlayingChange={setPlaying}
        />
        <TierFilter selected={state.tiers} counts={counts} lang={state.lang} onToggle={toggleTier} />
        <SearchBox
          value={state.q}
          hits={tableRows}
          lang={state.lang}
          onChange={(q) => update({ q })}
          people={leaders}
          // A picked leader is shown with every mark: the search's fading would hide their partners.
          onPick={(key) => (key.startsWith("leader:") ? update({ q: "", focus: key }) : select(key))}
          onPickHome={() => {
            update({ q: "", focus: null });
            setCentreRequest((n) => n + 1);
          }}
        />
        {searchHits !== null ? (
          <p role="status" className="muted">
            {t("results", resultCounts(tableRows))}
          </p>
        ) : null}
        <label>
          <span className="control-label">{t("layout")}</span>
          <select
            value={state.layout}
            onChange={(e) => update({ layout: e.target.value as ExplorerState["layout"] })}
            data-testid="layout"
          >
            <option value="rings">{t("layoutRings")}</option>
            <option value="geo">{t("layoutGeo")}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.leaders}
            onChange={(e) => update({ leaders: e.target.checked })}
          />{" "}
          {t("showLeaders")}
        </label>
        <a className="skip" href="#country-table">
          {t("skipToTable")}
        </a>
        <SharePanel
          state={state}
          release={payload.release}
          today={today}
          title={`${t("tagline")} — ${state.asOf}`}
          alt={() => altTextFor(tierRows, state.asOf, state.lang, headline.undatedCount)}
        />
      </aside>
      <aside
        ref={details}
        className="details"
        aria-label={t("details")}
        aria-live="polite"
        data-open={selected.kind === "none" ? "false" : "true"}
        data-testid="details-panel"
        onKeyDown={(e) => {
          if (e.key === "Escape" && selected.kind !== "none") select(null);
        }}
      >
        {selected.kind === "none" ? (
          <ExplorerOverview
            asOf={state.asOf}
            counts={counts}
            latest={latest}
            lang={state.lang}
            onSelect={select}
          />
        ) : (
          <>
            <div className="sheet-bar">
              <button type="button" onClick={() => select(null)}>
                {t("close")}
              </button>
              {leaderFocus ? null : (
                <a href={`/country/${state.focus}${state.lang === "vi" ? "?lang=vi" : ""}`}>
                  {t("openCountryPage")}
                </a>
              )}
            </div>
            {leaderFocus && leaderSteps.kind === "ready" ? (
              <LeaderDetailsView
                id={leaderFocus}
                name={leaders.find((l) => l.key === leaderFocus)?.label ?? leaderFocus}
                steps={leaderSteps.value.changes}
                lang={state.lang}
              />
            ) : leaderFocus ? (
              <p role="status">{t(leaderSteps.kind === "loading" ? "loading" : "leaderLoadFailed")}</p>
            ) : selection.kind === "ready" ? (
              <CountryDetailsView
                details={selection.value}
                lang={state.lang}
                summary={focusedRow?.tier ? <TierSummary row={focusedRow} lang={state.lang} /> : null}
              />
            ) : (
              <p role="status">{t(selection.kind === "loading" ? "loading" : "loadFailed")}</p>
            )}
          </>
        )}
      </aside>
      <section className="table-section" aria-label={t("table")}>
        {tableRows.length === 0 ? <p role="status">{t("noMatch")}</p> : null}
        {tableShown ? (
          <CountryTable rows={tableRows} lang={state.lang} focus={state.focus} onSelect={select} />
        ) : null}
      </section>
    </div>
  );
}
