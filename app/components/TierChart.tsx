"use client";

import { useState } from "react";
import type { SeriesPoint } from "@/lib/views/compare";
import { TIER_CODES } from "@/lib/schema/tiers";
import { TIER_STYLE } from "@/lib/render/palette";
import { changeText, formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

const W = 900;
const H = 300;
const PAD = { left: 40, right: 16, top: 16, bottom: 30 };

/** Step chart of partners per tier over time; every change is a focusable marker that sets the compare dates. */
export function TierChart({
  series,
  today,
  lang,
  onPick,
}: {
  series: readonly SeriesPoint[];
  today: string;
  lang: Lang;
  onPick: (day: string) => void;
}) {
  const t = translator(lang);
  const [active, setActive] = useState<SeriesPoint | null>(null);
  if (series.length === 0) return null;
  const first = Date.parse(series[0]!.day);
  const last = Date.parse(today);
  const max = Math.max(1, ...series.flatMap((p) => TIER_CODES.map((t) => p.counts[t])));
  const x = (day: string) =>
    PAD.left + ((Date.parse(day) - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (n: number) => H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom);
  const path = (tier: (typeof TIER_CODES)[number]) =>
    series
      .map((p, i) => {
        const px = x(p.day).toFixed(1);
        return i === 0 ? `M${px},${y(p.counts[tier]).toFixed(1)}` : `H${px}V${y(p.counts[tier]).toFixed(1)}`;
      })
      .join("") + `H${x(today).toFixed(1)}`;
  const years: number[] = [];
  for (let year = new Date(first).getUTCFullYear() + 1; year <= new Date(last).getUTCFullYear(); year += 2)
    years.push(year);
  const describe = (p: SeriesPoint) =>
    `${formatDate(p.day, lang)}: ${p.changes.map((c) => changeText(c, lang === "vi" ? c.labelVi : c.label, lang)).join("; ")}`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="group"
        aria-label={t("tiersOverTime")}
        data-testid="tier-chart"
      >
        {years.map((year) => (
          <g key={year}>
            <line
              x1={x(`${year}-01-01`)}
              x2={x(`${year}-01-01`)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke="#8884"
            />
            <text x={x(`${year}-01-01`)} y={H - 10} fontSize="11" textAnchor="middle" fill="currentColor">
              {year}
            </text>
          </g>
        ))}
        {[0, Math.round(max / 2), max].map((n) => (
          <text key={n} x={PAD.left - 6} y={y(n) + 4} fontSize="11" textAnchor="end" fill="currentColor">
            {n}
          </text>
        ))}
        {TIER_CODES.map((t) => (
          <path key={t} d={path(t)} fill="none" stroke={TIER_STYLE[t].colour} strokeWidth="2.5" />
        ))}
        {series.map((p) => (
          <circle
            key={p.day}
            cx={x(p.day)}
            cy={PAD.top + 4}
            r="5"
            fill={active?.day === p.day ? "#000" : "#666"}
            tabIndex={0}
            role="button"
            aria-label={describe(p)}
            data-day={p.day}
            onMouseEnter={() => setActive(p)}
            onFocus={() => setActive(p)}
            onClick={() => onPick(p.day)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onPick(p.day);
              }
            }}
          />
        ))}
      </svg>
      <figcaption role="status" data-testid="chart-status">
        {active ? describe(active) : t("chartHelp")}
      </figcaption>
    </figure>
  );
}
