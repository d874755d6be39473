import { z } from "zod";
import { getDataset } from "@/lib/dataset";
import type { CitedRelease } from "@/lib/cite/release";
import {
  DATASET_DESCRIPTION,
  DATASET_NAME,
  DATASET_TITLE,
  DATA_LICENCE,
  PUBLISHER,
} from "@/lib/cite/identity";
import { releaseFiles, type ReleaseFile } from "./release-files";

const TableSchemaField = z.object({
  name: z.string(),
  type: z.enum(["string", "date", "integer", "boolean"]),
  description: z.string(),
});

const Resource = z.object({
  name: z.string(),
  path: z.string(),
  title: z.string(),
  description: z.string(),
  format: z.enum(["csv", "json"]),
  mediatype: z.string(),
  encoding: z.literal("utf-8"),
  profile: z.enum(["tabular-data-resource", "data-resource"]),
  dialect: z.optional(
    z.object({
      delimiter: z.string(),
      lineTerminator: z.string(),
      quoteChar: z.string(),
      header: z.boolean(),
    }),
  ),
  schema: z.optional(z.object({ fields: z.array(TableSchemaField) })),
});

/** A Frictionless Data Package (v1) of one release: https://specs.frictionlessdata.io/data-package/ */
export const DataPackage = z.object({
  profile: z.literal("tabular-data-package"),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  description: z.string(),
  version: z.string(),
  created: z.optional(z.string()),
  homepage: z.string(),
  licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
  contributors: z.array(z.object({ title: z.string(), role: z.string(), path: z.optional(z.string()) })),
  sources: z.array(z.object({ title: z.string(), path: z.optional(z.string()) })),
  keywords: z.array(z.string()),
  resources: z.array(Resource),
});
export type DataPackage = z.infer<typeof DataPackage>;

/**
 * The data package of a release. `pathOf` says where each file is: its absolute API address (for
 * /api/datapackage.json) or its name inside dataset.zip.
 */
export function dataPackage(
  release: CitedRelease,
  origin: string,
  pathOf: (file: ReleaseFile) => string,
): DataPackage {
  return {
    profile: "tabular-data-package",
    name: DATASET_NAME,
    title: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    version: release.version,
    ...(release.date ? { created: `${release.date}T00:00:00+07:00` } : {}),
    homepage: `${origin}/data`,
    licenses: [DATA_LICENCE],
    contributors: [{ title: PUBLISHER, role: "author", path: origin }],
    sources: getDataset(release.version).sources.map((s) => ({
      title: `${s.publisher}: ${s.title ?? s.id}`,
      ...(s.url ? { path: s.url } : {}),
    })),
    keywords: ["Vietnam", "diplomacy", "strategic partnership", "international relations", "network"],
    resources: releaseFiles(release).map((file) => ({
      name: file.name,
      path: pathOf(file),
      title: file.title,
      description: file.description,
      format: file.format,
      mediatype: file.mediatype,
      encoding: "utf-8",
      ...(file.fields
        ? {
            profile: "tabular-data-resource" as const,
            dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
            schema: { fields: file.fields },
          }
        : { profile: "data-resource" as const }),
    })),
  };
}
