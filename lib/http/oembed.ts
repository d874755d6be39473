import { isKnownRelease } from "@/lib/dataset/releases";
import { z } from "zod";
import { getGraphAsOf } from "@/lib/graph";
import { altText } from "@/lib/render/alt-text";
import { InvalidQueryError, parseViewState, viewStateToQuery } from "@/lib/schema/view-state";
import { embedCode } from "@/lib/views/embed-code";
import { formatDate } from "@/lib/i18n/messages";
import { badRequest, unknownRelease } from "./responses";
import { CACHE_CONTROL } from "./caching";
import { forwardedVary, publicOrigin } from "./public-origin";

/** The pages oEmbed answers for; only these advertise an oEmbed link. */
const EMBEDDABLE_PATHS = new Set(["/", "/embed"]);

export function isEmbeddablePath(pathname: string): boolean {
  return EMBEDDABLE_PATHS.has(pathname);
}

const DEFAULT_SIZE = { width: 800, height: 620 };
const LARGEST = 1200;
/** The thumbnail is the PNG of the view at its preferred size, shrunk to fit the consumer's maximum. */
const THUMBNAIL = { width: 600, height: 400 };
/** The smallest picture /api/graph.png draws (its width/height lower bound). */
const SMALLEST_PICTURE = 200;

const dimension = z
  .string()
  .regex(/^[1-9]\d{0,4}$/, { message: "must be a whole number of pixels, at least 1" })
  .transform(Number)
  .optional();

export const OembedQuery = z.object({
  url: z.string({ message: "is required: the Bamboo page to embed" }).max(2000),
  maxwidth: dimension,
  maxheight: dimension,
  format: z.string().max(40).default("json"),
});

function notFound(): Response {
  return Response.json(
    {
      error: "That URL is not an embeddable Bamboo view.",
      issues: [{ path: "url", message: "is not an embeddable Bamboo view" }],
    },
    { status: 404 },
  );
}

/** The largest thumbnail of the preferred shape that fits the consumer's maximum, or none if too small. */
function thumbnailSize(maxWidth: number, maxHeight: number): { width: number; height: number } | null {
  const ratio = Math.min(1, maxWidth / THUMBNAIL.width, maxHeight / THUMBNAIL.height);
  const size = { width: Math.floor(THUMBNAIL.width * ratio), height: Math.floor(THUMBNAIL.height * ratio) };
  return size.width < SMALLEST_PICTURE || size.height < SMALLEST_PICTURE ? null : size;
}

/**
 * oEmbed 1.0 `rich` answer whose html is the same iframe markup as the share panel's. Per the spec: a
 * format other than json is a 501, and every size (iframe and thumbnail) respects maxwidth/maxheight.
 */
export function oembedResponse(request: Request): Response {
  const requestUrl = new URL(request.url);
  const parsed = OembedQuery.safeParse(Object.fromEntries(requestUrl.searchParams));
  if (!parsed.success) {
    return badRequest(
      new InvalidQueryError(
        parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })),
      ),
    );
  }
  // An empty `format=` is no format at all: oEmbed lets the provider pick, and we pick JSON.
  if (parsed.data.format !== "json" && parsed.data.format !== "") {
    return Response.json(
      {
        error: "Bamboo's oEmbed answers only in JSON.",
        issues: [{ path: "format", message: "must be json" }],
      },
      { status: 501 },
    );
  }
  const origin = publicOrigin(request.headers);
  let target: URL;
  try {
    target = new URL(parsed.data.url);
  } catch {
    return badRequest(new InvalidQueryError([{ path: "url", message: "must be an absolute URL" }]));
  }
  if (target.host !== new URL(origin).host || !isEmbeddablePath(target.pathname)) return notFound();
  let state;
  try {
    state = parseViewState(target.searchParams);
  } catch (error) {
    if (error instanceof InvalidQueryError)
      return badRequest(new InvalidQueryError(error.issues.map((i) => ({ ...i, path: `url.${i.path}` }))));
    throw error;
  }
  if (state.v && !isKnownRelease(state.v)) return unknownRelease(state.v);
  const width = Math.min(parsed.data.maxwidth ?? DEFAULT_SIZE.width, LARGEST);
  const height = Math.min(parsed.data.maxheight ?? DEFAULT_SIZE.height, LARGEST);
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
  const alt = altText(
    getGraphAsOf({ asOf: state.asOf, tiers: state.tiers, v: state.v }),
    state.asOf,
    state.lang,
  );
  const code = embedCode(origin, state, { width, height, title, alt });
  const thumbnail = thumbnailSize(width, height);
  const thumbnailQuery = thumbnail
    ? viewStateToQuery({ ...state, ...thumbnail }, [
        "asOf",
        "tiers",
        "layout",
        "lang",
        "width",
        "height",
        "v",
      ])
    : null;
  const headers: Record<string, string> = { "Cache-Control": CACHE_CONTROL };
  const vary = forwardedVary();
  if (vary) headers.Vary = vary;
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
      ...(thumbnail && {
        thumbnail_url: `${origin}/api/graph.png${thumbnailQuery}`,
        thumbnail_width: thumbnail.width,
        thumbnail_height: thumbnail.height,
      }),
      cache_age: 3600,
    },
    { headers },
  );
}
