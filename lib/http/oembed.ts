import { z } from "zod";
import { getGraphAsOf } from "@/lib/graph";
import { altText } from "@/lib/render/alt-text";
import { InvalidQueryError, parseViewState } from "@/lib/schema/view-state";
import { embedCode } from "@/lib/views/embed-code";
import { formatDate } from "@/lib/i18n/messages";
import { badRequest } from "./responses";
import { CACHE_CONTROL } from "./caching";

const EMBEDDABLE_PATHS = new Set(["/", "/embed"]);

const OembedQuery = z.object({
  url: z.string({ message: "is required: the Bamboo page to embed" }).max(2000),
  maxwidth: z
    .string()
    .regex(/^\d{1,5}$/, { message: "must be a whole number" })
    .transform(Number)
    .optional(),
  maxheight: z
    .string()
    .regex(/^\d{1,5}$/, { message: "must be a whole number" })
    .transform(Number)
    .optional(),
  format: z.enum(["json"], { message: "must be json" }).default("json"),
});

/** oEmbed 1.0 `rich` answer whose html is the same iframe markup as the share panel's. */
export function oembedResponse(request: Request): Response {
  const requestUrl = new URL(request.url);
  // Behind proxies and dev servers request.url may name another host: the Host header is what the client used.
  const host = request.headers.get("host") ?? requestUrl.host;
  const origin = `${request.headers.get("x-forwarded-proto") ?? requestUrl.protocol.replace(":", "")}://${host}`;
  const parsed = OembedQuery.safeParse(Object.fromEntries(requestUrl.searchParams));
  if (!parsed.success) {
    return badRequest(
      new InvalidQueryError(
        parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })),
      ),
    );
  }
  let target: URL;
  try {
    target = new URL(parsed.data.url);
  } catch {
    return badRequest(new InvalidQueryError([{ path: "url", message: "must be an absolute URL" }]));
  }
  if (target.host !== host || !EMBEDDABLE_PATHS.has(target.pathname)) {
    return Response.json(
      {
        error: "That URL is not an embeddable Bamboo view.",
        issues: [{ path: "url", message: "is not an embeddable Bamboo view" }],
      },
      { status: 404 },
    );
  }
  let state;
  try {
    state = parseViewState(target.searchParams);
  } catch (error) {
    if (error instanceof InvalidQueryError)
      return badRequest(new InvalidQueryError(error.issues.map((i) => ({ ...i, path: `url.${i.path}` }))));
    throw error;
  }
  const width = Math.max(200, Math.min(parsed.data.maxwidth ?? 800, 1200));
  const height = Math.max(200, Math.min(parsed.data.maxheight ?? 620, 1200));
  // A comparison embed (a and b) is titled by its two dates; an author's own title wins over both.
  const when =
    state.a && state.b
      ? `${formatDate(state.a, state.lang)} — ${formatDate(state.b, state.lang)}`
      : formatDate(state.asOf, state.lang);
  const title =
    state.title ??
    (state.lang === "vi"
      ? `Mạng lưới đối tác của Việt Nam, ${when}`
      : `Vietnam's partnership network, ${when}`);
  const alt = altText(getGraphAsOf({ asOf: state.asOf, tiers: state.tiers }), state.asOf, state.lang);
  const code = embedCode(origin, state, { width, height, title, alt });
  return Response.json(
    {
      version: "1.0",
      type: "rich",
      provider_name: "Bamboo",
      provider_url: origin,
      title,
      html: code.html,
      width,
      height,
      thumbnail_url: `${origin}/api/graph.png?asOf=${state.asOf}&width=600&height=400`,
      thumbnail_width: 600,
      thumbnail_height: 400,
      cache_age: 3600,
    },
    { headers: { "Cache-Control": CACHE_CONTROL } },
  );
}
