import { openApiDocument, type DocumentOptions } from "./document";

/** One route as the /api page lists it: what it answers, what it reads, what can go wrong. */
export interface ReferenceRoute {
  path: string;
  summary: string;
  parameters: { name: string; where: string; required: boolean; accepts: string; description: string }[];
  responses: {
    status: string;
    description: string;
    mediaTypes: { type: string; schema: string | null; format: string | null }[];
  }[];
}

type Schema = {
  type?: string | string[];
  enum?: string[];
  pattern?: string;
  maxLength?: number;
  default?: unknown;
};

/** A parameter's schema in a few words: its values, or its pattern and length, and its default. */
function accepts(schema: Schema): string {
  const parts = [
    schema.enum ? schema.enum.join(" | ") : schema.pattern ? `pattern ${schema.pattern}` : "text",
    schema.maxLength ? `≤ ${schema.maxLength} characters` : "",
    schema.default !== undefined ? `default ${String(schema.default)}` : "",
  ];
  return parts.filter(Boolean).join("; ");
}

interface DocOperation {
  summary: string;
  parameters: { name: string; in: string; required: boolean; description: string; schema: Schema }[];
  responses: Record<
    string,
    {
      description: string;
      content?: Record<string, { schema: { $ref?: string }; "x-bamboo-format"?: string }>;
    }
  >;
}

/** The API document read back into what the human reference shows, so the page and the document never differ. */
export function apiReference(options: DocumentOptions): {
  routes: ReferenceRoute[];
  schemas: Record<string, unknown>;
} {
  const doc = openApiDocument(options) as {
    paths: Record<string, { get: DocOperation }>;
    components: { schemas: Record<string, unknown> };
  };
  const routes = Object.entries(doc.paths).map(([path, { get }]) => ({
    path,
    summary: get.summary,
    parameters: get.parameters.map((p) => ({
      name: p.name,
      where: p.in,
      required: p.required,
      accepts: accepts(p.schema),
      description: p.description,
    })),
    responses: Object.entries(get.responses).map(([status, r]) => ({
      status,
      description: r.description,
      mediaTypes: Object.entries(r.content ?? {}).map(([type, c]) => ({
        type,
        schema: c.schema.$ref?.split("/").pop() ?? null,
        format: c["x-bamboo-format"] ?? null,
      })),
    })),
  }));
  return { routes, schemas: doc.components.schemas };
}
