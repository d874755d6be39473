"use client";

import { useEffect, useRef, useState } from "react";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

const DAY_MS = 86_400_000;
const toIndex = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const fromIndex = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);

/** Slider with year marks and a tick at every tier change, a date input, and play/pause through history. */
export function DateControl({
  value,
  min,
  max,
  changeDays,
  lang,
  onChange,
  onPlayingChange,
}: {
  value: string;
  min: string;
  max: string;
  changeDays: readonly string[];
  lang: Lang;
  onChange: (day: string) => void;
  /** Told when playing starts and stops, so the picture can caption each change. */
  onPlayingChange?: (playing: boolean) => void;
}) {
  const t = translator(lang);
  const [playing, setPlaying] = useState(false);
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);
  const lo = toIndex(min);
  const hi = toIndex(max);

  useEffect(() => {
    onPlayingChange?.(playing);
  }, [playing, onPlayingChange]);

  const togglePlaying = () => {
    // Played from today (or after the last change), history starts again at the first framework.
    const first = changeDays[0];
    if (!playing && first && !changeDays.some((d) => d > value && d <= max)) onChange(first);
    setPlaying(!playing);
  };

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = changeDays.find((d) => d > valueRef.current);
      if (!next || next > max) {
        setPlaying(false);
        onChange(max);
      } else onChange(next);
    }, 800);
    return () => window.clearInterval(timer);
  }, [playing, changeDays, max, onChange]);

  const startYear = Number(min.slice(0, 4));
  const endYear = Number(max.slice(0, 4));
  const yearMarks: number[] = [];
  for (let y = Math.ceil(startYear / 10) * 10; y <= endYear; y += 10) yearMarks.push(y);
  const pct = (day: string) => ((toIndex(day) - lo) / Math.max(1, hi - lo)) * 100;

  return (
    <fieldset>
      <legend>{t("asOf")}</legend>
      <label>
        <span className="skip">{t("asOf")}</span>
        <input
          type="date"
          value={value}
          min={min}
          max={max}
          data-testid="date-input"
          onChange={(e) => e.target.value && onChange(e.target.value)}
        />
      </label>
      <input
        type="range"
        min={lo}
        max={hi}
        value={toIndex(value)}
        list="tier-change-days"
        aria-label={t("asOf")}
        aria-valuetext={value}
        style={{ width: "100%" }}
        onChange={(e) => onChange(fromIndex(Number(e.target.value)))}
      />
      <datalist id="tier-change-days">
        {changeDays.map((d) => (
          <option key={d} value={toIndex(d)} />
        ))}
      </datalist>
      <div className="ticks" aria-hidden="true">
        {yearMarks.map((y) => (
          <span key={y} style={{ left: `${pct(`${y}-01-01`)}%` }}>
            {y}
          </span>
        ))}
      </div>
      <button type="button" onClick={togglePlaying} aria-pressed={playing}>
        {playing ? t("pause") : t("play")}
      </button>
    </fieldset>
  );
}
