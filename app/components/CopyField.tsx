"use client";

import { useId } from "react";
import type { Lang } from "@/lib/schema/view-state";
import { CopyButton } from "./CopyButton";

/** Text to paste elsewhere (a link, embed code, an oEmbed address): shown whole, selectable, with its copy button. */
export function CopyField({
  label,
  copyLabel,
  text,
  lang,
  testId,
  rows = 1,
}: {
  label: string;
  copyLabel: string;
  text: string;
  lang: Lang;
  testId: string;
  rows?: number;
}) {
  const id = useId();
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {rows > 1 ? (
          <textarea
            id={id}
            readOnly
            rows={rows}
            value={text}
            data-testid={testId}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            type="text"
            readOnly
            value={text}
            data-testid={testId}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <CopyButton text={text} label={copyLabel} lang={lang} testId={`${testId}-copy`} />
      </div>
    </div>
  );
}
