"use client";

import { useEffect, useRef, useState } from "react";
import type { SeriesPoint } from "@/lib/views/compare";
import { TIER_CODES } from "@/lib/schema/tiers";
import { TIER_STYLE, TIER_TEXT_COLOUR } from "@/lib/render/palette";
import { changeText, formatDate, translator } from "@/lib/i18n/messages";
import { shortTierName } from "@/lib/scene/captions";
import { roundTicks, spreadLabels } from "@/lib/views/line-chart";
import type { Lang } from "@/lib/schema/view-state";

const H = 300;
const PAD = { left: 40, right: 16, top: 16, bottom: 30 };
const FONT_PX = 12;
/** The names at the lines' ends: a little larger than the axes, bold, in each line's colour. */
const END_LABEL_PX = 13;
/** Noto Sans's bold letters average a little over half an em: room enough for the longest name. */
const BOLD_EM_PER_CHAR = 0.62;
/** A year label ("2024") is about 2.6 ems wide; labels keep at least this much room each. */
const MIN_LABEL_SPACING = FONT_PX * 4;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;

/** The smallest round step between year labels that keeps them apart at this width. */
export function yearStep(pixelsPerYear: number): number {
  return YEAR_STEPS.find((step) => step * pixelsPerYear >= MIN_LABEL_SPACING) ?? YEAR_STEPS.at(-1)!;
}

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
  const first = Date.parse(series[0]!.day);
  const last = Date.parse(today);
  const ticks = roundTicks(Math.max(1, ...series.flatMap((p) => TIER_CODES.map((t) => p.counts[t]))));
  const max = ticks.at(-1) ?? 1;
  // Each line is named at its end, with its count today; the chart leaves room on the right for the names.
  const latest = series.at(-1)!.counts;
  const endNames = TIER_CODES.map((tier) => ({ tier, text: `${shortTierName(lang, tier)} ${latest[tier]}` }));
  const longest = Math.max(...endNames.map((n) => n.text.length));
  const right = Math.min(W * 0.42, longest * END_LABEL_PX * BOLD_EM_PER_CHAR + 10);
  const x = (day: string) =>
    PAD.left + ((Date.parse(day) - first) / Math.max(1, last - first)) * (W - PAD.left - right);
  const y = (n: number) => H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom);
  const path = (tier: (typeof TIER_CODES)[number]) =>
    series
      .map((p, i) => {
        const px = x(p.day).toFixed(1);
        return i === 0 ? `M${px},${y(p.counts[tier]).toFixed(1)}` : `H${px}V${y(p.counts[tier]).toFixed(1)}`;
      })
      .join("") + `H${x(today).toFixed(1)}`;
  const firstYear = new Date(first).getUTCFullYear() + 1;
  const lastYear = new Date(last).getUTCFullYear();
  const step = yearStep((W - PAD.left - PAD.right) / Math.max(1, (last - first) / (365.25 * 86_400_000)));
  const years: number[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) years.push(year);
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
        {years.map((year) => (
          <g key={year} data-testid="year-label">
            <line
              x1={x(`${year}-01-01`)}
              x2={x(`${year}-01-01`)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke="#8884"
            />
            <text
              x={x(`${year}-01-01`)}
              y={H - 10}
              fontSize={FONT_PX}
              textAnchor="middle"
              fill="currentColor"
            >
              {year}
            </text>
          </g>
        ))}
        {ticks.map((n) => (
          <g key={n} data-testid="count-tick">
            <line x1={PAD.left} x2={x(today)} y1={y(n)} y2={y(n)} stroke="#8883" />
            <text x={PAD.left - 6} y={y(n) + 4} fontSize={FONT_PX} textAnchor="end" fill="currentColor">
              {n}
            </text>
          </g>
        ))}
        {TIER_CODES.map((t) => (
          <path key={t} d={path(t)} fill="none" stroke={TIER_STYLE[t].colour} strokeWidth="2.5" />
        ))}
        {spreadLabels(
          endNames.map((n) => y(latest[n.tier])),
          // A line of Noto Sans is about 1.36 em tall (ascent and descent): names never touch.
          Math.ceil(END_LABEL_PX * 1.4),
          PAD.top + END_LABEL_PX / 2,
          H - PAD.bottom,
        ).map((labelY, i) => {
          const name = endNames[i]!;
          return (
            <text
              key={name.tier}
              x={x(today) + 6}
              y={labelY}
              dy="0.35em"
              fontSize={END_LABEL_PX}
              fontWeight={700}
              style={{ fill: TIER_TEXT_COLOUR[name.tier] }}
              data-testid="line-name"
              data-tier={name.tier}
            >
              {name.text}
            </text>
          );
        })}
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
