import type { Metadata } from "next";
import { headers } from "next/headers";
import { CONTENT_ID, SiteHeader } from "../components/SiteHeader";
import { DocumentAttributes } from "../components/DocumentAttributes";
import { pageViewState } from "../view-state";
import { citedRelease } from "@/lib/cite/release";
import { publicOrigin } from "@/lib/http/public-origin";
import { apiReference } from "@/lib/openapi/reference";
import { todayInVietnam } from "@/lib/schema/dates";
import type { QueryInput } from "@/lib/schema/view-state";

export const metadata: Metadata = {
  title: "API reference",
  description: "Every route of Bamboo's API: parameters, answers and errors, from its OpenAPI 3.1 document.",
};

/** The API's human reference: the OpenAPI document (/api/openapi.json) read back and set out as a page. */
export default async function ApiPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const { lang, theme } = await pageViewState(searchParams);
  const origin = publicOrigin(await headers());
  const { routes, schemas } = apiReference({
    origin,
    version: citedRelease().version,
    today: todayInVietnam(),
  });
  return (
    <>
      <SiteHeader lang={lang} />
      <DocumentAttributes lang={lang} theme={theme} />
      <main className="page" id={CONTENT_ID} tabIndex={-1} data-testid="api-page">
        <h1>API reference</h1>
        <p>
          Generated from the same zod schemas the routes parse their queries with and shape their answers by.
          The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
          Every route answers GET and HEAD; every answer carries an ETag and honours If-None-Match.
        </p>
        <nav aria-label="Routes">
          <ul className="columns">
            {routes.map((r) => (
              <li key={r.path}>
                <a href={`#${anchor(r.path)}`}>
                  <code>{r.path}</code>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {routes.map((route) => (
          <section key={route.path} id={anchor(route.path)} data-testid="api-route">
            <h2>
              <code>GET {route.path}</code>
            </h2>
            <p>{route.summary}</p>
            {route.parameters.length > 0 ? (
              <table className="rows">
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">Accepts</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {route.parameters.map((p) => (
                    <tr key={p.name}>
                      <th scope="row">
                        <code>{p.name}</code>
                        {p.required ? " (required)" : ""}
                        {p.where === "path" ? " (in the path)" : ""}
                      </th>
                      <td>{p.accepts}</td>
                      <td>{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <ul>
              {route.responses.map((r) => (
                <li key={r.status}>
                  <strong>{r.status}</strong> {r.description}
                  {r.mediaTypes.length > 0
                    ? ` — ${r.mediaTypes
                        .map(
                          (m) =>
                            `${m.type}${m.schema ? ` (${m.schema})` : ""}${m.format ? ` with format=${m.format}` : ""}`,
                        )
                        .join(", ")}`
                    : ""}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <h2>Answer schemas</h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`}>
            <summary>
              <code>{name}</code>
            </summary>
            <pre className="schema">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </main>
    </>
  );
}

const anchor = (path: string) => `route${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
