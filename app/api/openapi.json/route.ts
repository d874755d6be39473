import { openApiResponse } from "@/lib/openapi/respond";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of every public route, generated from the zod schemas the routes use. */
export function GET(request: Request): Response {
  return openApiResponse(request);
}
