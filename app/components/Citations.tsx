import type { ResolvedCitation } from "@/lib/views/citations";
import type { Lang } from "@/lib/schema/view-state";
import { formatDate } from "@/lib/i18n/messages";

/** Quotes are rendered as text nodes, never as HTML: data can never inject markup. */
export function Citations({ citations, lang }: { citations: readonly ResolvedCitation[]; lang: Lang }) {
  return (
    <>
      {citations.map((c, i) => (
        <div className="citation" key={`${c.url ?? c.publisher}-${i}`}>
          <blockquote>“{c.quote}”</blockquote>
          <span>
            —{" "}
            {c.url ? (
              <a href={c.url} rel="noopener noreferrer nofollow" target="_blank" data-testid="citation-link">
                {c.publisher}
                {c.title ? `: ${c.title}` : ""}
              </a>
            ) : (
              <cite>
                {c.publisher}
                {c.title ? `: ${c.title}` : ""}
              </cite>
            )}
            {c.published ? <span className="muted"> ({formatDate(c.published, lang)})</span> : null}
          </span>
        </div>
      ))}
    </>
  );
}
