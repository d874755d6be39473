"use client";

import { useId, useState } from "react";
import { formatDate, translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { isCalendarDay } from "@/lib/schema/dates";

/** A typed day if it is a real calendar date in ISO form, else null. */
export function parseTypedDay(text: string): string | null {
  const day = text.trim();
  return isCalendarDay(day) ? day : null;
}

/**
 * A day typed as YYYY-MM-DD: one tab stop (a native date input takes four), and only a real day within
 * [min, max] ever reaches onChange, so the URL never holds a date the server would refuse.
 */
export function DayInput({
  value,
  min,
  max,
  lang,
  label,
  testId,
  onChange,
}: {
  value: string;
  min: string;
  max: string;
  lang: Lang;
  label: string;
  testId: string;
  onChange: (day: string) => void;
}) {
  const t = translator(lang);
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A new value from elsewhere (slider, play, the other date) replaces whatever was being typed.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const typed = parseTypedDay(draft);
  const error =
    draft === value
      ? null
      : typed === null
        ? t("dateInvalid")
        : typed < min || typed > max
          ? t("dateOutOfRange", { min: formatDate(min, lang), max: formatDate(max, lang) })
          : null;
  return (
    <span className="day-input">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-label={`${label} (${t("dateFormatHint")})`}
        aria-invalid={error ? true : undefined}
        aria-errormessage={error ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(e) => {
          setDraft(e.target.value);
          const day = parseTypedDay(e.target.value);
          if (day && day >= min && day <= max) onChange(day);
        }}
        onBlur={() => {
          if (parseTypedDay(draft) === null) setDraft(value);
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
