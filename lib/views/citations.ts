import type { Citation, Dataset, Source, SourceKind } from "@/lib/schema/dataset";

/** A citation with its source resolved, ready to show: quote, publisher, link. */
export interface ResolvedCitation {
  quote: string;
  url: string | null;
  publisher: string;
  title: string | null;
  published: string | null;
  /** What the source is; null where the data does not say (a primary or news source). */
  kind: SourceKind | null;
}

export function citationResolver(dataset: Dataset): (citations: readonly Citation[]) => ResolvedCitation[] {
  const byId = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  return (citations) =>
    citations.flatMap((c) => {
      const source = byId.get(c.source);
      // Validation guarantees every source exists; skip defensively rather than show a broken link.
      return source
        ? [
            {
              quote: c.quote,
              url: source.url,
              publisher: source.publisher,
              title: source.title,
              published: source.published,
              kind: source.kind ?? null,
            },
          ]
        : [];
    });
}
