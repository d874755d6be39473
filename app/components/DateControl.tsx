"use client";

import { useEffect, useRef, useState } from "react";
import { DayInput } from "./DayInput";
import { formatDate, translator } from "@/lib/i18n/messages";
import { shiftYears } from "@/lib/schema/dates";
import { frameDelays, planFrames, type AnimationFrame } from "@/lib/render/animation-frames";
import type { Lang } from "@/lib/schema/view-state";

const DAY_MS = 86_400_000;
const YEAR_MARK_STEP = 20;
const toIndex = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const fromIndex = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);

/**
 * Slider with year marks and a tick at every tier change, a typed date, and play/pause through history.
 * Only a day within [min, max] ever reaches onChange, so the URL never holds a date the server would refuse.
 */
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
  // What is being played: the GIF's frames and delays (lib/render/animation-frames), planned when play starts.
  const plan = useRef<{ frames: AnimationFrame[]; delays: number[] } | null>(null);
  // The parent may pass a new function each render; a render must not restart the frame's timer.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const lo = toIndex(min);
  const hi = toIndex(max);

  useEffect(() => {
    onPlayingChange?.(playing);
  }, [playing, onPlayingChange]);

  const togglePlaying = () => {
    if (!playing) {
      // Played from today (or after the last change), history starts again at the first framework.
      const first = changeDays[0];
      const restart = first && !changeDays.some((d) => d > value && d <= max);
      const start = restart ? first : value;
      const frames = planFrames(changeDays, start, max);
      plan.current = { frames, delays: frameDelays(frames) };
      if (start !== value) onChange(start);
    }
    setPlaying(!playing);
  };

  // Each frame stays as long as it does in the GIF, then the next one's day is shown; the last one ends play.
  useEffect(() => {
    const current = plan.current;
    if (!playing || !current) return;
    const index = current.frames.findLastIndex((f) => f.day <= value);
    const timer = window.setTimeout(
      () => {
        const next = current.frames[index + 1];
        if (next) onChangeRef.current(next.day);
        else setPlaying(false);
      },
      current.delays[Math.max(0, index)] ?? 0,
    );
    return () => window.clearTimeout(timer);
  }, [playing, value]);

  const startYear = Number(min.slice(0, 4));
  const endYear = Number(max.slice(0, 4));
  const yearMarks: number[] = [];
  // Every 20 years: four labels fit the narrowest control column without touching.
  for (let y = Math.ceil(startYear / YEAR_MARK_STEP) * YEAR_MARK_STEP; y <= endYear; y += YEAR_MARK_STEP)
    yearMarks.push(y);
  const pct = (day: string) => ((toIndex(day) - lo) / Math.max(1, hi - lo)) * 100;

  return (
    <fieldset className="date-control">
      <legend>{t("asOf")}</legend>
      <div className="date-row">
        <DayInput
          value={value}
          min={min}
          max={max}
          lang={lang}
          label={t("asOf")}
          testId="date-input"
          onChange={onChange}
        />
        <button type="button" onClick={togglePlaying} aria-pressed={playing}>
          {playing ? t("pause") : t("play")}
        </button>
      </div>
      <input
        type="range"
        min={lo}
        max={hi}
        value={Math.min(hi, Math.max(lo, toIndex(value)))}
        list="tier-change-days"
        aria-label={t("asOf")}
        aria-valuetext={formatDate(value, lang)}
        onChange={(e) => onChange(fromIndex(Number(e.target.value)))}
        onKeyDown={(e) => {
          // The browser's own PageUp/PageDown jump a tenth of 80 years; a reader expects one year.
          if (e.key !== "PageUp" && e.key !== "PageDown") return;
          e.preventDefault();
          onChange(shiftYears(value, e.key === "PageUp" ? 1 : -1, min, max));
        }}
      />
      <datalist id="tier-change-days">
        {changeDays.map((d) => (
          <option key={d} value={toIndex(d)} />
        ))}
      </datalist>
      <div className="date-track" aria-hidden="true">
        {changeDays
          .filter((d) => d >= min && d <= max)
          .map((d) => (
            <span key={d} style={{ left: `${pct(d)}%` }} />
          ))}
      </div>
      <div className="ticks" aria-hidden="true">
        {yearMarks.map((y) => (
          <span key={y} style={{ left: `${pct(`${y}-01-01`)}%` }}>
            {y}
          </span>
        ))}
      </div>
    </fieldset>
  );
}
