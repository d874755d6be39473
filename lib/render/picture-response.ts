import { cachedResponse, clientHasCurrent } from "@/lib/http/caching";
import { languageVary } from "@/lib/http/responses";
import { SHAREABLE_RESOURCE_HEADERS } from "@/lib/http/security";
import { RenderBusyError } from "./render-pool";

/** Seconds a client should wait before asking again when every renderer is busy. */
const RETRY_AFTER_SECONDS = 2;

function busyResponse(): Response {
  return Response.json(
    {
      error: "Every picture renderer is busy; try again in a moment.",
      issues: [{ path: "query", message: "could not be rendered now" }],
    },
    {
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
    },
  );
}

/**
 * A picture's answer (SVG, PNG, GIF): 304 when the client has it (the render is skipped: the ETag comes
 * from parameters alone), else the rendered body with cache headers that let other sites show it, or a
 * 503 with Retry-After when every renderer is busy.
 */
export async function pictureResponse(
  request: Request,
  etag: string,
  headers: Record<string, string>,
  render: () => string | Promise<Uint8Array>,
  release: string | null = null,
): Promise<Response> {
  const all = { ...headers, ...SHAREABLE_RESOURCE_HEADERS };
  const options = { ...languageVary(request), release };
  if (clientHasCurrent(request, etag)) return cachedResponse(request, etag, "", all, options);
  try {
    const body = await render();
    return cachedResponse(
      request,
      etag,
      typeof body === "string" ? body : new Uint8Array(body),
      all,
      options,
    );
  } catch (error) {
    if (error instanceof RenderBusyError) return busyResponse();
    throw error;
  }
}
