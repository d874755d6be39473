import type { CitationFormats } from "@/lib/cite/citation";
import { DATASET_DESCRIPTION, DATASET_TITLE, DATA_LICENCE } from "@/lib/cite/identity";
import type { CitedRelease } from "@/lib/cite/release";
import type { ReleaseFile } from "./release-files";

/** dataset.zip's README.md: what each file holds, how to cite the release, and the licence. */
export function datasetReadme(
  release: CitedRelease,
  files: readonly ReleaseFile[],
  citation: CitationFormats,
): string {
  const fileLines = files.map(
    (f) =>
      `- \`${f.fileName}\` — ${f.title}. ${f.description}${f.fields ? ` Columns: ${f.fields.map((c) => `\`${c.name}\``).join(", ")}.` : ""}`,
  );
  return [
    `# ${DATASET_TITLE}`,
    "",
    `Release ${release.version}${release.date ? `, cut on ${release.date}` : ""}.`,
    "",
    DATASET_DESCRIPTION,
    "",
    "## Files",
    "",
    ...fileLines,
    "- `datapackage.json` — the Frictionless Data Package describing these files; each CSV's Table Schema names its columns in order.",
    "- `CITATION.cff` — this release in the Citation File Format.",
    "",
    "CSV files are UTF-8 with a byte order mark, CRLF line ends and every field quoted. Dates are as precise as their",
    "source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a fact known only to a month or year counts from that period's last day.",
    "",
    "## How to cite",
    "",
    "Below, the access date is the release's day: write the day you downloaded the files instead.",
    "",
    citation.text,
    "",
    "```bibtex",
    citation.bibtex,
    "```",
    "",
    "## Licence",
    "",
    `The data is licensed under ${DATA_LICENCE.title} (${DATA_LICENCE.name}, ${DATA_LICENCE.path}): credit "Bamboo" and`,
    "name the release. The quotes remain their publishers' and are cited as short excerpts with their addresses.",
    "",
  ].join("\n");
}
