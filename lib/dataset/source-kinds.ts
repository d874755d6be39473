import type { Source } from "@/lib/schema/dataset";
import type { FactCitations } from "./fact-citations";
import { SINGLE_FILES } from "./files";
import type { DatasetProblem } from "./problems";

/** The only encyclopedia a citation may name: the real Wikipedia in English or Vietnamese, never a mirror. */
export const ENCYCLOPEDIA_HOSTS: readonly string[] = ["en.wikipedia.org", "vi.wikipedia.org"];

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null; // reported by the URL check
  }
}

/**
 * An encyclopedia is a last resort: its sources are the real English or Vietnamese Wikipedia and say so
 * (`kind: "encyclopedia"`), and a fact that also has a primary or news citation must not cite it.
 */
export function checkSourceKinds(
  sources: readonly Source[],
  facts: readonly FactCitations[],
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  sources.forEach((source, i) => {
    const host = hostOf(source.url);
    const wikipedia = host !== null && (host === "wikipedia.org" || host.endsWith(".wikipedia.org"));
    const path = `sources[${i}]`;
    if (source.kind === "encyclopedia" && (host === null || !ENCYCLOPEDIA_HOSTS.includes(host)))
      problems.push({
        file: SINGLE_FILES.sources,
        path: `${path}.url`,
        message: `an encyclopedia source must be the real ${ENCYCLOPEDIA_HOSTS.join(" or ")} article`,
      });
    else if (wikipedia && source.kind !== "encyclopedia")
      problems.push({
        file: SINGLE_FILES.sources,
        path: `${path}.kind`,
        message: `a Wikipedia article is an encyclopedia: give it "kind": "encyclopedia"`,
      });
  });
  const encyclopedic = new Set(sources.filter((s) => s.kind === "encyclopedia").map((s) => s.id));
  for (const fact of facts) {
    const primary = fact.citations.find((c) => !encyclopedic.has(c.source));
    if (!primary) continue;
    fact.citations.forEach((c, i) => {
      if (encyclopedic.has(c.source))
        problems.push({
          file: fact.file,
          path: `${fact.path}[${i}].source`,
          message: `cites the encyclopedia "${c.source}" although the same fact has a primary or news citation ("${primary.source}"): drop the encyclopedia`,
        });
    });
  }
  return problems;
}
