"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { Fragment, useCallback, useMemo, useState } from "react";
import type { ComparePayload } from "@/lib/views/payload";
import {
  CHANGE_KINDS,
  COMPARE_CSV_KEYS,
  COMPARE_KEYS,
  compareDates,
  groupChanges,
  ladders as buildLadders,
  tierSeries,
  type LeaderRecord,
} from "@/lib/views/compare";
import { filterRows, rowsAsOf } from "@/lib/views/explorer";
import { compareCountNotes, countCellText, countDifferenceText } from "@/lib/views/compare-counts";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { TIER_CODES, TIER_FILTER_CODES } from "@/lib/schema/tiers";
import { TIER_STYLE, TIER_TEXT_COLOUR } from "@/lib/render/palette";
import { changeText, formatDate, tenureText, tierStepText, translator, tierName } from "@/lib/i18n/messages";
import { leaderName, localized, officialNameOf } from "@/lib/views/localized";
import { Localized } from "./Localized";
import { GraphCanvas } from "./GraphCanvas";
import { Citations } from "./Citations";
import { Legend } from "./Legend";
import { TierChart } from "./TierChart";
import { LadderTable } from "./LadderTable";
import { DayInput } from "./DayInput";
import { SharePanel } from "./SharePanel";
import { altTextFor } from "@/lib/render/alt-text";
import { EARLIEST_DATE } from "@/lib/schema/dates";
import { CONTENT_ID } from "./SiteHeader";

export type CompareState = Pick<ViewState, "tiers" | "layout" | "lang" | "sort" | "region" | "v"> & {
  a: string;
  b: string;
};
const NO_LEADERS: never[] = [];

/** What changed between two dates first, then both pictures on the same positions; history, ladders and leaders in tabs. */
export function CompareView({
  payload,
  initial,
  today,
  leaders,
}: {
  payload: ComparePayload;
  initial: CompareState;
  today: string;
  leaders: LeaderRecord[];
}) {
  const [state, setState] = useState(initial);
  // A link that sorts or filters the ladders opens on them.
  const initialTab = initial.sort !== "reached" || initial.region ? "ladders" : "time";
  const t = translator(state.lang);
  const update = useCallback((patch: Partial<CompareState>) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      if (next.a > next.b) [next.a, next.b] = [next.b, next.a];
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${viewStateToQuery(next, COMPARE_KEYS)}`,
      );
      return next;
    });
  }, []);
  const label = (x: { label: string; labelVi: string }) => (state.lang === "vi" ? x.labelVi : x.label);
  const diff = useMemo(
    () => compareDates(payload.partners, payload.ladders, state.a, state.b, state.tiers),
    [payload, state.a, state.b, state.tiers],
  );
  const rowsA = useMemo(
    () => filterRows(rowsAsOf(payload.partners, state.a), state.tiers, ""),
    [payload.partners, state.a, state.tiers],
  );
  const rowsB = useMemo(
    () => filterRows(rowsAsOf(payload.partners, state.b), state.tiers, ""),
    [payload.partners, state.b, state.tiers],
  );
  const series = useMemo(() => tierSeries(payload.partners, payload.ladders), [payload]);
  const ladderRows = useMemo(() => buildLadders(payload.partners, today), [payload.partners, today]);
  const changed = useMemo(
    () => new Set([...diff.changes.map((c) => c.key), ...diff.newRelations.map((r) => r.key)]),
    [diff],
  );
  const columns = TIER_CODES.map((t) => ({ tier: t, members: rowsB.filter((r) => r.tier === t) }));

  const countNotes = compareCountNotes(diff, state.lang);
  const groups = groupChanges(diff.changes);
  const kindTitle = {
    up: t("changesUp"),
    first: t("changesFirst"),
    down: t("changesDown"),
    within: t("changesWithin"),
  } as const;

  return (
    <main className="page wide" id={CONTENT_ID} tabIndex={-1}>
      <h1>{t("compareTitle")}</h1>
      <div className="compare-dates">
        {(["a", "b"] as const).map((side) => (
          <label key={side}>
            {t(side === "a" ? "dateA" : "dateB")}
            <DayInput
              value={state[side]}
              min={EARLIEST_DATE}
              max={today}
              lang={state.lang}
              label={t(side === "a" ? "dateA" : "dateB")}
              testId={`date-${side}`}
              onChange={(day) => update({ [side]: day })}
            />
          </label>
        ))}
        <a
          href={`/api/compare${viewStateToQuery({ ...state, format: "csv" }, COMPARE_CSV_KEYS)}`}
          download
          data-testid="compare-csv"
        >
          {t("exportCsv")}
        </a>
        <SharePanel
          state={state}
          release={payload.release}
          today={today}
          title={`${t("compareTitle")}: ${formatDate(state.a, state.lang)} — ${formatDate(state.b, state.lang)}`}
          alt={(day) =>
            day === state.a
              ? altTextFor(rowsA, day, state.lang, diff.undatedA)
              : altTextFor(rowsB, day, state.lang, diff.undatedB)
          }
        />
      </div>
      <section aria-labelledby="what-changed-title">
        <h2 id="what-changed-title">{t("whatChanged")}</h2>
        <div className="table-scroll">
          <table className="rows narrow" data-testid="compare-counts">
            <caption>{t("countsPerTier")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tier")}</th>
                <th scope="col">{formatDate(state.a, state.lang)}</th>
                <th scope="col">{formatDate(state.b, state.lang)}</th>
                <th scope="col">{t("difference")}</th>
              </tr>
            </thead>
            <tbody>
              {TIER_FILTER_CODES.map((tier) => (
                <tr key={tier} data-tier={tier}>
                  <th scope="row">{tierName(state.lang, tier)}</th>
                  <td>{countCellText(state.lang, tier, diff.countsA[tier], diff.undatedA)}</td>
                  <td>{countCellText(state.lang, tier, diff.countsB[tier], diff.undatedB)}</td>
                  <td>{countDifferenceText(diff.countsA[tier], diff.countsB[tier])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {countNotes.length > 0 ? (
          <ul className="muted" data-testid="compare-count-notes">
            {countNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        <h3>{t("changes")}</h3>
        <div className="change-groups" data-testid="compare-changes">
          {diff.changes.length === 0 ? <p>{t("noChanges")}</p> : null}
          {CHANGE_KINDS.filter((kind) => groups[kind].length > 0).map((kind) => (
            <section key={kind} aria-labelledby={`changes-${kind}`} data-kind={kind}>
              <h4 id={`changes-${kind}`}>
                {kindTitle[kind]} ({groups[kind].length})
              </h4>
              <ol>
                {groups[kind].map((c) => (
                  <li
                    key={`${c.key}-${c.date}`}
                    data-key={c.key}
                    data-to={c.to}
                    data-within-tier={c.withinTier || undefined}
                  >
                    <strong>{label(c)}</strong>: {tierStepText(c, state.lang)}
                    {c.withinTier && c.step?.officialName ? (
                      <>
                        {" "}
                        —{" "}
                        <em>
                          <Localized value={officialNameOf(c.step, state.lang)} lang={state.lang} />
                        </em>
                      </>
                    ) : null}
                    , {formatDate(c.date, state.lang)}
                    {c.step?.leaders.length ? (
                      <> — {c.step.leaders.map((l) => leaderName(l, state.lang)).join(", ")}</>
                    ) : null}
                    {c.step ? <Citations citations={c.step.citations.slice(0, 1)} lang={state.lang} /> : null}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
        {diff.newRelations.length > 0 ? (
          <>
            <h3>{t("newRelations")}</h3>
            <ul data-testid="compare-new-relations">
              {diff.newRelations.map((r) => (
                <li key={r.key}>
                  {label(r)} — {formatDate(r.date, state.lang)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <Legend lang={state.lang} />
      <div className="side-by-side">
        {[
          { day: state.a, rows: rowsA },
          { day: state.b, rows: rowsB },
        ].map(({ day, rows }) => (
          <section key={day} aria-label={`${t("asOf")} ${day}`}>
            <h3>
              {t("asOf")} {formatDate(day, state.lang)}
            </h3>
            <GraphCanvas
              rows={rows}
              leaders={NO_LEADERS}
              layout={state.layout}
              lang={state.lang}
              focus={null}
              matches={changed.size ? changed : null}
              label={`${t("graphLabel")} (${day})`}
              help={t("canvasHelp")}
              onSelect={(key) => key && window.open(`/country/${key}`, "_self")}
            />
          </section>
        ))}
      </div>
      <Tabs.Root defaultValue={initialTab}>
        <Tabs.List className="tabs-list" aria-label={t("compareSections")}>
          <Tabs.Trigger value="time" data-testid="tab-time">
            {t("tiersOverTime")}
          </Tabs.Trigger>
          <Tabs.Trigger value="columns" data-testid="tab-columns">
            {t("tiersSideBySide")}
          </Tabs.Trigger>
          <Tabs.Trigger value="ladders" data-testid="tab-ladders">
            {t("ladders")}
          </Tabs.Trigger>
          <Tabs.Trigger value="leaders" data-testid="tab-leaders">
            {t("leadersTitle")}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="columns">
          <div className="tier-columns" data-testid="tier-columns">
            {columns.map(({ tier, members }) => (
              <section key={tier} data-tier={tier}>
                <h3>
                  {tierName(state.lang, tier)} ({members.length})
                </h3>
                <ul>
                  {members.map((r) => (
                    <li key={r.key}>
                      {label(r)} <span className="muted">{formatDate(r.tierSinceDate, state.lang)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </Tabs.Content>
        <Tabs.Content value="time">
          <TierChart
            series={series}
            today={today}
            tiers={state.tiers}
            lang={state.lang}
            onPick={(day) =>
              update({ b: day, a: new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10) })
            }
          />
          <p className="muted" data-testid="chart-downloads">
            {t("chartDownload", { date: formatDate(state.b, state.lang) })}{" "}
            {(["svg", "png"] as const).map((kind, i) => (
              <Fragment key={kind}>
                {i > 0 ? " · " : ""}
                {/* The picture of this comparison: its tiers, up to its later day, crediting a link back to it. */}
                <a
                  href={`/api/chart.${kind}${viewStateToQuery(state, ["a", "b", "tiers", "lang", "v"])}`}
                  download
                >
                  {kind.toUpperCase()}
                </a>
              </Fragment>
            ))}
          </p>
          <details>
            <summary>{t("chartTable")}</summary>
            <div className="table-scroll">
              <table className="rows" data-testid="chart-table">
                <thead>
                  <tr>
                    <th scope="col">{t("date")}</th>
                    {TIER_CODES.map((t) => (
                      // Each column is named as its line is in the chart: in the line's colour, beside a stroke of it.
                      <th scope="col" key={t} data-tier={t} style={{ color: TIER_TEXT_COLOUR[t] }}>
                        <svg width="18" height="8" aria-hidden="true" style={{ marginRight: 4 }}>
                          <line x1="0" x2="18" y1="4" y2="4" stroke={TIER_STYLE[t].colour} strokeWidth="3" />
                        </svg>
                        {tierName(state.lang, t)}
                      </th>
                    ))}
                    <th scope="col">{t("changes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.map((p) => (
                    <tr key={p.day} data-day={p.day}>
                      <th scope="row">{formatDate(p.day, state.lang)}</th>
                      {TIER_CODES.map((t) => (
                        <td key={t} data-tier={t}>
                          {p.counts[t]}
                        </td>
                      ))}
                      <td>{p.changes.map((c) => changeText(c, label(c), state.lang)).join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </Tabs.Content>
        <Tabs.Content value="ladders">
          <LadderTable
            ladders={ladderRows}
            lang={state.lang}
            sort={state.sort}
            region={state.region}
            tiers={state.tiers}
            onChange={update}
          />
        </Tabs.Content>
        <Tabs.Content value="leaders">
          <section aria-labelledby="leaders-title">
            <h2 id="leaders-title">{t("leadersTitle")}</h2>
            <div className="table-scroll">
              <table className="rows" data-testid="leader-table">
                <thead>
                  <tr>
                    <th scope="col">{t("leader")}</th>
                    <th scope="col">{t("role")}</th>
                    <th scope="col">{t("tookPart")}</th>
                    <th scope="col">{t("duringTenure")}</th>
                  </tr>
                </thead>
                <tbody>
                  {leaders.map((l) => (
                    <tr key={l.id} data-leader={l.id}>
                      <th scope="row">
                        <a
                          href={`/leader/${l.id.slice("leader:".length)}${state.lang === "vi" ? "?lang=vi" : ""}`}
                        >
                          {leaderName(l, state.lang)}
                        </a>
                      </th>
                      <td>
                        {l.tenures.map((r, i) => (
                          <Fragment key={i}>
                            {i > 0 ? "; " : ""}
                            <Localized
                              value={localized(state.lang, r.title, r.titleVi)}
                              lang={state.lang}
                            />{" "}
                            ({tenureText(r, state.lang)})
                          </Fragment>
                        ))}
                      </td>
                      <td>
                        {l.tookPart
                          .map(
                            (c) =>
                              `${changeText(c, label(c), state.lang)} (${formatDate(c.date, state.lang)})`,
                          )
                          .join("; ")}
                      </td>
                      <td>{l.country === "VN" ? l.duringTenure.length : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </Tabs.Content>
      </Tabs.Root>
    </main>
  );
}
