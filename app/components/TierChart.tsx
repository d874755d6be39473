"use client";

import { useEffect, useRef, useState } from "react";
import type { SeriesPoint } from "@/lib/views/compare";
import { TIER_STYLE, TIER_TEXT_COLOUR } from "@/lib/render/palette";
import { changeText, formatDate, translator } from "@/lib/i18n/messages";
import { layoutTierChart } from "@/lib/scene/tier-chart";
import type { TextMeasurer } from "@/lib/scene/types";
import type { Lang } from "@/lib/schema/view-state";
import type { TierFilterCode } from "@/lib/schema/tiers";

const H = 300;
const TYPE = { axis: 12, endLabel: 13 } as const;
/**
 * The browser has no font file to measure with: Noto Sans's bold letters average a little over half an em,
 * regular ones a little under, which leaves room enough for the names.
 */
const approximateWidth: TextMeasurer = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.55);

/** Step chart of partners per tier over time; every change is a focusable marker that sets the compare dates. */
export function TierChart({
  series,
  today,
  tiers,
  lang,
  onPick,
}: {
  series: readonly SeriesPoint[];
  today: string;
  /** The page's tiers: the chart draws their lines only (null: all four), as its picture does. */
  tiers: readonly TierFilterCode[] | null;
  lang: Lang;
  onPick: (day: string) => void;
}) {
  const t = translator(lang);
  const [active, setActive] = useState<SeriesPoint | null>(null);
  // Drawn at the box's own width in pixels, so text keeps its size and the year labels are spaced for it.
  const box = useRef<HTMLDivElement>(null);
  const [W, setWidth] = useState(900);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (series.length === 0) return null;
  const chart = layoutTierChart(series, {
    left: 0,
    top: 0,
    width: W,
    height: H,
    end: today,
    lang,
    tiers,
    type: TYPE,
    measure: approximateWidth,
  });
  const { plot } = chart;
  const describe = (p: SeriesPoint) =>
    `${formatDate(p.day, lang)}: ${p.changes.map((c) => changeText(c, lang === "vi" ? c.labelVi : c.label, lang)).join("; ")}`;
  return (
    <figure className="chart-box" ref={box} style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="group"
        aria-label={t("tiersOverTime")}
        data-testid="tier-chart"
      >
        {chart.years.map(({ year, x }) => (
          <g key={year} data-testid="year-label">
            <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke="#8884" />
            <text x={x} y={H - 10} fontSize={TYPE.axis} textAnchor="middle" fill="currentColor">
              {year}
            </text>
          </g>
        ))}
        {chart.ticks.map(({ value, y }) => (
          <g key={value} data-testid="count-tick">
            <line x1={plot.left} x2={plot.right} y1={y} y2={y} stroke="#8883" />
            <text x={plot.left - 6} y={y + 4} fontSize={TYPE.axis} textAnchor="end" fill="currentColor">
              {value}
            </text>
          </g>
        ))}
        {chart.lines.map((line) => (
          <path
            key={line.tier}
            d={line.d}
            fill="none"
            stroke={TIER_STYLE[line.tier].colour}
            strokeWidth="2.5"
          />
        ))}
        {chart.labels.map((label) => (
          <text
            key={label.tier}
            x={label.x}
            y={label.y}
            dy="0.35em"
            fontSize={TYPE.endLabel}
            fontWeight={700}
            style={{ fill: TIER_TEXT_COLOUR[label.tier] }}
            data-testid="line-name"
            data-tier={label.tier}
          >
            {label.text}
          </text>
        ))}
        {chart.markers.map(({ point: p, x }) => (
          <circle
            key={p.day}
            cx={x}
            cy={plot.top + 4}
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
