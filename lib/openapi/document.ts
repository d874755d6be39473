import { z } from "zod";
import { DATA_LICENCE } from "@/lib/cite/identity";
import { ALLOWED_METHODS } from "@/lib/http/request-guard";
import { BadRequestBody, ErrorBody } from "@/lib/schema/answers";
import { viewStateSchema } from "@/lib/schema/view-state";
import { PARAMETER_DESCRIPTIONS } from "./parameters";
import { ROUTES, type Answer, type RouteDoc } from "./routes";

type JsonSchema = Record<string, unknown>;

/** A JSON Schema as it sits inside the document: no `$schema` or `$id` of its own. */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  void _schema;
  void _id;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The answer schemas, each once under components, referring to each other. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(ErrorBody, { id: "Error" });
  registry.add(BadRequestBody, { id: "BadRequest" });
  for (const route of ROUTES)
    for (const answer of route.answers)
      if (answer.schema && !registry.has(answer.schema.zod))
        registry.add(answer.schema.zod, { id: answer.schema.name });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    // zod's url() accepts internationalised addresses (Vietnamese paths): in JSON Schema terms, IRIs.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "uri") jsonSchema.format = "iri";
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, embedded(schema as JsonSchema)]),
  );
}

/** A query parameter as its zod schema reads it (the string that arrives, before transforms). */
function queryParameter(name: string, schema: z.core.$ZodType, required: boolean) {
  const json = embedded(
    z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
  );
  // asOf's default is today: the document says so in words rather than change every day.
  if (name === "asOf" || name === "b") delete json.default;
  return {
    name,
    in: "query",
    required,
    description: PARAMETER_DESCRIPTIONS[name] ?? "",
    schema: json,
  };
}

function parameters(route: RouteDoc, today: string) {
  const shape = viewStateSchema(today).shape;
  const query = route.ownQuery
    ? Object.entries(route.ownQuery.shape).map(([name, schema]) =>
        queryParameter(name, schema as z.core.$ZodType, !(schema as z.ZodType).safeParse(undefined).success),
      )
    : // Every route that reads the view state answers for a release (`v`): the contract's pinning.
      [...route.query, "v" as const].map((name) => queryParameter(name, shape[name], false));
  const path = (route.pathParams ?? []).map((p) => ({
    name: p.name,
    in: "path",
    required: true,
    description: p.description,
    schema: { type: "string", pattern: p.pattern },
  }));
  return [...path, ...query];
}

function content(answers: readonly Answer[]) {
  return Object.fromEntries(
    answers.map((a) => [
      a.mediaType,
      {
        schema: a.schema
          ? ref(a.schema.name)
          : a.binary
            ? { type: "string", contentEncoding: "binary" }
            : { type: "string" },
        // Which `format` gives this media type (OpenAPI has no keyword for it).
        ...(a.format ? { "x-bamboo-format": a.format } : {}),
      },
    ]),
  );
}

const errorContent = (name: "Error" | "BadRequest") => ({ "application/json": { schema: ref(name) } });

const ERRORS = {
  404: { description: "Not found: an unknown release (v), partner or page", content: errorContent("Error") },
  501: { description: "Not implemented (oEmbed: a format other than json)", content: errorContent("Error") },
  503: {
    description: "Every renderer is busy: try again after Retry-After seconds",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: errorContent("Error"),
  },
} as const;

function operation(route: RouteDoc, today: string) {
  return {
    get: {
      summary: route.summary,
      operationId: route.path.replace(/[^a-zA-Z0-9]+/g, "_").replace(/^_|_$/g, ""),
      parameters: parameters(route, today),
      responses: {
        200: {
          description: route.answers.some((a) => a.format)
            ? `OK (${route.answers.map((a) => `${a.mediaType} for format=${a.format ?? "json"}`).join("; ")})`
            : "OK",
          content: content(route.answers),
        },
        304: { description: "Not modified (If-None-Match names the current ETag)" },
        400: {
          description: "A bad query parameter: one readable sentence and every issue",
          content: errorContent("BadRequest"),
        },
        // A 404 from any route: an unknown release (`v`), besides the route's own not-found answers.
        ...Object.fromEntries([404 as const, ...route.errors].map((status) => [status, ERRORS[status]])),
        405: {
          description: `A method other than ${ALLOWED_METHODS.join(" or ")}`,
          headers: { Allow: { schema: { type: "string", const: ALLOWED_METHODS.join(", ") } } },
          content: errorContent("BadRequest"),
        },
      },
    },
  };
}

export interface DocumentOptions {
  origin: string;
  version: string;
  /** Parameter schemas are read with this day as "today" (the latest `asOf`). */
  today: string;
}

/** The OpenAPI 3.1 document of every public route, generated from the zod schemas the routes run on. */
export function openApiDocument({ origin, version, today }: DocumentOptions): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Bamboo API",
      version,
      summary:
        "Vietnam's diplomatic partnership network as data: graphs, pictures, changes, feeds, citations.",
      description:
        "Every answer depends on its path and query only. Dates are YYYY-MM-DD; tiers are special, comprehensive-strategic, strategic, comprehensive (none: no framework). The data is licensed CC BY 4.0.",
      license: { name: DATA_LICENCE.title, identifier: DATA_LICENCE.name },
    },
    servers: [{ url: origin }],
    paths: Object.fromEntries(ROUTES.map((route) => [route.path, operation(route, today)])),
    components: { schemas: componentSchemas() },
  };
}
