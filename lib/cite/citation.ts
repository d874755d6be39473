import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { z } from "zod";
import { PUBLISHER, SITE_NAME } from "./identity";
import type { CitedRelease } from "./release";

/** What a citation names: the view, its address pinned to the release, and the day it was read. */
export interface CitedView {
  title: string;
  /** The view's absolute address, pinned to the release (`v=`). */
  url: string;
  release: CitedRelease;
  /** The access date, YYYY-MM-DD. */
  accessed: string;
}

const DateParts = z.object({ "date-parts": z.array(z.array(z.number().int())) });

/** The CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) of a cited view. */
export const CslItem = z.object({
  id: z.string(),
  type: z.literal("dataset"),
  title: z.string(),
  author: z.array(z.object({ literal: z.string() })),
  "container-title": z.string(),
  version: z.string(),
  edition: z.string(),
  URL: z.string(),
  accessed: DateParts,
  issued: z.optional(DateParts),
});
export type CslItem = z.infer<typeof CslItem>;

/** `GET /api/cite`'s answer: one citation in every format the Cite control offers. */
export const CitationFormats = z.object({
  release: z.string(),
  url: z.string(),
  accessed: z.string(),
  title: z.string(),
  text: z.string(),
  bibtex: z.string(),
  ris: z.string(),
  csl: z.array(CslItem),
});
export type CitationFormats = z.infer<typeof CitationFormats>;

const dateParts = (day: string) => ({ "date-parts": [day.split("-").map(Number)] });

export function cslItem(view: CitedView): CslItem {
  return {
    id: `bamboo-${view.release.version}`,
    type: "dataset",
    title: view.title,
    author: [{ literal: PUBLISHER }],
    "container-title": SITE_NAME,
    version: view.release.version,
    // Styles print the edition where they print no version: it names the release in the text citation.
    edition: `Release ${view.release.version}`,
    URL: view.url,
    accessed: dateParts(view.accessed),
    ...(view.release.date ? { issued: dateParts(view.release.date) } : {}),
  };
}

/** The citation of a view as text (Harvard, which names the access date), BibTeX, RIS and CSL-JSON. */
export function citeView(view: CitedView): CitationFormats {
  const item = cslItem(view);
  const cite = new Cite(item);
  return {
    release: view.release.version,
    url: view.url,
    accessed: view.accessed,
    title: view.title,
    text: cite.format("bibliography", { format: "text", template: "harvard1", lang: "en-US" }).trim(),
    bibtex: cite.format("bibtex").trim(),
    ris: cite.format("ris").trim(),
    csl: [item],
  };
}
