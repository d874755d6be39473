import { z } from "zod";
import { Release } from "@/lib/dataset/release-files";
import { CitationFormats } from "@/lib/cite/citation";
import { CiteQuery } from "@/lib/cite/respond";
import { JsonFeed } from "@/lib/feeds/json-feed";
import { OembedQuery } from "@/lib/http/oembed";
import { DataPackage } from "@/lib/reuse/datapackage";
import {
  AppPayload,
  ChangesAnswer,
  ComparisonSchema,
  CountryDetailsSchema,
  GraphAnswer,
  LeaderLinksSchema,
  OembedAnswer,
} from "@/lib/schema/answers";
import { DatasetAnswer } from "@/lib/schema/dataset-answer";
import type { ViewState } from "@/lib/schema/view-state";
import { TotalsAnswer } from "@/lib/reuse/totals-answer";

/** One kind of successful answer: its media type and, for JSON, the schema it follows. */
export interface Answer {
  mediaType: string;
  /** A named JSON answer (a component of the document); absent for text and binary files. */
  schema?: { name: string; zod: z.ZodType };
  binary?: boolean;
  /** When the answer depends on `format`, the value that gives it. */
  format?: string;
}

export interface RouteDoc {
  path: string;
  summary: string;
  /** View-state parameters the route reads (parsed by lib/schema/view-state.ts). */
  query: readonly (keyof ViewState)[];
  /** A route that parses its own query (with this zod object) instead of the view state. */
  ownQuery?: z.ZodObject;
  pathParams?: { name: string; description: string; pattern: string }[];
  answers: Answer[];
  /** Statuses beyond 200, 304, 400, 404 (an unknown release) and 405, which every route may answer. */
  errors: (404 | 501 | 503)[];
}

const json = (name: string, zod: z.ZodType, format?: string): Answer => ({
  mediaType: "application/json",
  schema: { name, zod },
  ...(format ? { format } : {}),
});
const text = (mediaType: string, format?: string): Answer => ({ mediaType, ...(format ? { format } : {}) });
const binary = (mediaType: string): Answer => ({ mediaType, binary: true });

const PICTURE = [
  "asOf",
  "tiers",
  "q",
  "focus",
  "layout",
  "lang",
  "theme",
  "leaders",
  "preset",
  "title",
  "subtitle",
  "width",
  "height",
] as const;

/** What a chart picture reads: the comparison's days, the tiers drawn, and an author's picture options. */
const CHART = [
  "a",
  "b",
  "asOf",
  "tiers",
  "lang",
  "theme",
  "preset",
  "title",
  "subtitle",
  "width",
  "height",
] as const;

/** Every public route of the API, as the OpenAPI document lists it. */
export const ROUTES: readonly RouteDoc[] = [
  {
    path: "/api/graph",
    summary: "The graph as of a date, as graphology JSON, GEXF 1.3, GraphML or CSV",
    query: ["asOf", "tiers", "format", "lang"],
    answers: [
      json("Graph", GraphAnswer, "json"),
      text("application/gexf+xml", "gexf"),
      text("application/graphml+xml", "graphml"),
      text("text/csv", "csv"),
    ],
    errors: [],
  },
  {
    path: "/api/graph.svg",
    summary: "A picture of the view (SVG)",
    query: PICTURE,
    answers: [text("image/svg+xml")],
    errors: [],
  },
  {
    path: "/api/graph.png",
    summary: "A picture of the view (PNG)",
    query: [...PICTURE, "scale"],
    answers: [binary("image/png")],
    errors: [503],
  },
  {
    path: "/api/chart.svg",
    summary: "The tiers-over-time chart up to a day (SVG): each line named at its end, in its colour",
    query: CHART,
    answers: [text("image/svg+xml")],
    errors: [],
  },
  {
    path: "/api/chart.png",
    summary: "The tiers-over-time chart up to a day (PNG)",
    query: [...CHART, "scale"],
    answers: [binary("image/png")],
    errors: [503],
  },
  {
    path: "/api/graph.gif",
    summary: "The network's history as an animated GIF, a frame per change of tier",
    query: [...PICTURE, "from", "to"],
    answers: [binary("image/gif")],
    errors: [503],
  },
  {
    path: "/api/changes",
    summary: "Every step of every partner's history, with its citations",
    query: ["format", "from", "to", "tiers", "focus", "lang"],
    answers: [json("Changes", ChangesAnswer, "json"), text("text/csv", "csv")],
    errors: [],
  },
  {
    path: "/api/compare",
    summary: "What changed between two dates",
    query: ["a", "b", "asOf", "tiers", "format", "lang"],
    answers: [json("Comparison", ComparisonSchema, "json"), text("text/csv", "csv")],
    errors: [],
  },
  {
    path: "/api/country/{key}",
    summary: "One partner: its tier ladder, leaders, events and citations",
    query: [],
    pathParams: [{ name: "key", description: "ISO 3166-1 alpha-2 code, or EU", pattern: "^[A-Za-z]{2}$" }],
    answers: [json("CountryDetails", CountryDetailsSchema)],
    errors: [404],
  },
  {
    path: "/api/dataset",
    summary: "The whole validated dataset",
    query: [],
    answers: [json("Dataset", DatasetAnswer)],
    errors: [],
  },
  {
    path: "/api/leader-links",
    summary: "Every leader and the tier changes they took part in",
    query: [],
    answers: [json("LeaderLinks", LeaderLinksSchema)],
    errors: [],
  },
  {
    path: "/api/totals",
    summary: "Every official total, beside what the dataset counts on that day",
    query: ["format"],
    answers: [json("Totals", TotalsAnswer, "json"), text("text/csv", "csv")],
    errors: [],
  },
  {
    path: "/api/lesson.pptx",
    summary:
      "A PowerPoint lesson deck of the network's history from `from` to `to`: title, both ends, a slide per period of change, sources in the speaker notes",
    query: ["from", "to", "tiers", "lang", "layout"],
    answers: [binary("application/vnd.openxmlformats-officedocument.presentationml.presentation")],
    errors: [503],
  },
  {
    path: "/api/releases",
    summary: "Every release of the dataset, newest first, each with its changelog (with `v`: those up to it)",
    query: [],
    answers: [json("Releases", z.array(Release))],
    errors: [],
  },
  {
    path: "/api/datapackage.json",
    summary: "The release as a Frictionless Data Package",
    query: [],
    answers: [json("DataPackage", DataPackage)],
    errors: [],
  },
  {
    path: "/api/dataset.zip",
    summary: "The data package, its files, a README and CITATION.cff",
    query: [],
    answers: [binary("application/zip")],
    errors: [],
  },
  {
    path: "/api/cite",
    summary: "A page's citation as text, BibTeX, RIS and CSL-JSON",
    query: [],
    ownQuery: CiteQuery,
    answers: [json("Citation", CitationFormats)],
    errors: [404],
  },
  {
    path: "/api/oembed",
    summary: "oEmbed 1.0 for a view of the explorer or an embed",
    query: [],
    ownQuery: OembedQuery,
    answers: [json("Oembed", OembedAnswer)],
    errors: [404, 501],
  },
  {
    path: "/api/explorer-payload",
    summary: "The explorer's own data file (its shape follows the app and may change)",
    query: [],
    answers: [json("AppPayload", AppPayload)],
    errors: [],
  },
  {
    path: "/api/compare-payload",
    summary: "The comparison page's own data file (its shape follows the app and may change)",
    query: [],
    answers: [json("AppPayload", AppPayload)],
    errors: [],
  },
  {
    path: "/api/openapi.json",
    summary: "This document",
    query: [],
    answers: [text("application/json")],
    errors: [],
  },
  {
    path: "/feeds/changes.atom",
    summary: "Every change of tier, newest first (Atom 1.0)",
    query: ["lang"],
    answers: [text("application/atom+xml")],
    errors: [],
  },
  {
    path: "/feeds/changes.json",
    summary: "Every change of tier, newest first (JSON Feed 1.1)",
    query: ["lang"],
    answers: [{ mediaType: "application/feed+json", schema: { name: "JsonFeed", zod: JsonFeed } }],
    errors: [],
  },
  {
    path: "/feeds/country/{file}",
    summary:
      "One partner's changes of tier, newest first: `{ISO2}.atom` (Atom 1.0) or `{ISO2}.json` (JSON Feed 1.1)",
    query: ["lang"],
    pathParams: [
      {
        name: "file",
        description: "the partner's key and the format, e.g. JP.atom",
        pattern: "^[A-Z]{2}\\.(atom|json)$",
      },
    ],
    answers: [
      text("application/atom+xml"),
      { mediaType: "application/feed+json", schema: { name: "JsonFeed", zod: JsonFeed } },
    ],
    errors: [404],
  },
];
