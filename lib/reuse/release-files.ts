import { getDataset } from "@/lib/dataset";
import { getGraphAsOf } from "@/lib/graph";
import { pinnedPath, type CitedRelease } from "@/lib/cite/release";
import { changeColumns, changesToCsv, mostCitations } from "@/lib/export/changes-csv";
import { tableSchemaFields, type TableSchemaField } from "@/lib/export/columns";
import { GRAPH_COLUMNS, graphToCsv } from "@/lib/export/csv";
import { TOTALS_COLUMNS, totalsToCsv } from "@/lib/export/totals-csv";
import { todayInVietnam } from "@/lib/schema/dates";
import { reconcileTotals } from "@/lib/views/totals";
import { getChanges } from "@/lib/views/payload";

/** One file of a release as published: in the data package, in dataset.zip and at its API address. */
export interface ReleaseFile {
  /** The data package resource's name and, with its extension, the file's name in dataset.zip. */
  name: string;
  fileName: string;
  title: string;
  description: string;
  format: "csv" | "json";
  mediatype: string;
  /** Where the API serves the same bytes (a path on this site, pinned to the release). */
  apiPath: string;
  /** CSV only: the Table Schema's fields, from the columns that write the file. */
  fields: TableSchemaField[] | null;
  body: () => string;
}

/** The day a release's graph is drawn on: the day it was cut, or today for data that is not a release. */
export function releaseDay(release: CitedRelease): string {
  return release.date ?? todayInVietnam();
}

/** The files a release is published as: the graph on its day, every change, the official totals, the dataset. */
export function releaseFiles(release: CitedRelease): ReleaseFile[] {
  const day = releaseDay(release);
  const v = release.version;
  const csv = { format: "csv", mediatype: "text/csv" } as const;
  const changes = getChanges(v);
  const citations = mostCitations(changes);
  return [
    {
      name: "graph",
      fileName: "graph.csv",
      title: `Vietnam's partners as of ${day}`,
      description:
        "One row per partner country or organisation: its tier, since when, and when relations began.",
      ...csv,
      apiPath: pinnedPath(`/api/graph?asOf=${day}&format=csv&lang=en`, release),
      fields: tableSchemaFields(GRAPH_COLUMNS),
      body: () => graphToCsv(getGraphAsOf({ asOf: day, tiers: null, v }), "en"),
    },
    {
      name: "changes",
      fileName: "changes.csv",
      title: "Every change of tier",
      description:
        "One row per step of every partner's history: the date as the source gives it, tiers before and after, official name, leaders, event and every citation.",
      ...csv,
      apiPath: pinnedPath("/api/changes?format=csv&lang=en", release),
      fields: tableSchemaFields(changeColumns(citations)),
      body: () => changesToCsv(changes, citations, "en"),
    },
    {
      name: "totals",
      fileName: "totals.csv",
      title: "Official totals reconciled",
      description:
        "Each count stated by an official source, beside what the dataset counts on that day, with the source.",
      ...csv,
      apiPath: pinnedPath("/api/totals?format=csv", release),
      fields: tableSchemaFields(TOTALS_COLUMNS),
      body: () => totalsToCsv(reconcileTotals(getDataset(v))),
    },
    {
      name: "dataset",
      fileName: "dataset.json",
      title: "The whole dataset",
      description: "Every relationship, leader, event, source and official total, as validated.",
      format: "json",
      mediatype: "application/json",
      apiPath: pinnedPath("/api/dataset", release),
      fields: null,
      body: () => datasetJson(release),
    },
  ];
}

/** `/api/dataset`'s body: the release it is, then the validated dataset. */
export function datasetJson(release: CitedRelease): string {
  return JSON.stringify(
    { release: release.version, version: release.version, ...getDataset(release.version) },
    null,
    1,
  );
}
