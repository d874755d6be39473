"use client";

import { useState } from "react";
import type { CitationFormats } from "@/lib/cite/citation";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { CitationBlocks } from "./CitationBlocks";
import { useCachedJson } from "./useCachedJson";

const isCitation = (value: unknown): value is CitationFormats =>
  typeof value === "object" && value !== null && "bibtex" in value && "csl" in value;

/**
 * "Cite": the citation of the page as it is now (its address read when the control opens, so a view changed
 * since the page loaded is the one cited), asked of /api/cite only then.
 */
export function CiteControl({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const [page, setPage] = useState<string | null>(null);
  const citation = useCachedJson(page ? `/api/cite?page=${encodeURIComponent(page)}` : null, isCitation);
  return (
    <details
      className="cite"
      data-testid="cite"
      onToggle={(event) => {
        if (event.currentTarget.open) setPage(`${window.location.pathname}${window.location.search}`);
      }}
    >
      <summary>{t("cite")}</summary>
      <div className="cite-panel" role="group" aria-label={t("citeTitle")}>
        {citation.kind === "ready" ? (
          <CitationBlocks citation={citation.value} lang={lang} />
        ) : (
          <p className="muted">{citation.kind === "failed" ? t("citeFailed") : t("loading")}</p>
        )}
      </div>
    </details>
  );
}
