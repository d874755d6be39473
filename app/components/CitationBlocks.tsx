import type { CitationFormats } from "@/lib/cite/citation";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";
import { CopyButton } from "./CopyButton";

const FORMATS = [
  ["text", "citeText"],
  ["bibtex", "BibTeX"],
  ["ris", "RIS"],
  ["csl", "CSL-JSON"],
] as const;

/** A citation in every format, each with a copy button (the Cite control's and /data's "How to cite"). */
export function CitationBlocks({ citation, lang }: { citation: CitationFormats; lang: Lang }) {
  const t = translator(lang);
  return (
    <div className="citation" data-testid="citation">
      <p className="muted">
        {t("citeRelease")} <strong data-testid="cite-release">{citation.release}</strong> ·{" "}
        {t("citeAccessed")} {citation.accessed}
      </p>
      {FORMATS.map(([format, label]) => {
        const text = format === "csl" ? JSON.stringify(citation.csl, null, 2) : citation[format];
        return (
          <section key={format} className="citation-format">
            <h3>{label === "citeText" ? t("citeText") : label}</h3>
            <pre data-testid={`cite-${format}`}>{text}</pre>
            <CopyButton
              text={text}
              label={`${t("copy")} ${label === "citeText" ? t("citeText") : label}`}
              lang={lang}
            />
          </section>
        );
      })}
    </div>
  );
}
