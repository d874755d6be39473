"use client";

import { useState } from "react";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** Copies `text` to the clipboard and says so for a moment (politely, for screen readers too). */
export function CopyButton({
  text,
  label,
  lang,
  testId,
}: {
  text: string;
  label: string;
  lang: Lang;
  testId?: string;
}) {
  const t = translator(lang);
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      data-testid={testId}
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <span aria-live="polite">{copied ? t("copiedText") : t("copy")}</span>
    </button>
  );
}
