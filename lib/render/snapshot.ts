import { getGraphAsOf } from "@/lib/graph";
import { cachedResponse, clientHasCurrent, etagFor } from "@/lib/http/caching";
import { configuredSiteUrl } from "@/lib/http/public-origin";
import { languageVary } from "@/lib/http/responses";
import { SHAREABLE_RESOURCE_HEADERS } from "@/lib/http/security";
import type { ViewState } from "@/lib/schema/view-state";
import { viewStateToQuery } from "@/lib/schema/view-state";
import { DEFAULT_PICTURE_SIZE, pictureSize } from "@/lib/schema/presets";
import { ByteBoundedCache } from "./byte-cache";
import { svgToPngOffThread } from "./png";
import { pngPool, RenderBusyError } from "./render-pool";
import { renderSvg } from "./svg";

export const DEFAULT_SIZE = DEFAULT_PICTURE_SIZE;

/**
 * The public site's address for credit lines. Pictures are cached by their parameters alone, so the
 * credit never comes from a request header: it is `BAMBOO_SITE_URL`, or this fixed placeholder.
 */
export const SITE_URL = configuredSiteUrl() ?? "https://bamboo.example";

/** Seconds a client should wait before asking again when every renderer is busy. */
const RETRY_AFTER_SECONDS = 2;
const CACHE_BYTES = (Number(process.env.BAMBOO_RENDER_CACHE_MB) || 64) * 1024 * 1024;

export function snapshotParams(state: ViewState) {
  return {
    asOf: state.asOf,
    tiers: state.tiers,
    ...pictureSize(state),
    title: state.title ?? undefined,
    subtitle: state.subtitle ?? undefined,
    theme: state.theme === "dark" ? ("dark" as const) : ("light" as const),
    lang: state.lang,
    layout: state.layout,
    scale: state.scale,
    showLeaders: state.leaders,
  };
}

/** Renders are memoised by their parameters (the dataset never changes while the server runs). */
const rendered = new ByteBoundedCache<string | Buffer>(CACHE_BYTES);
/** Renders under way, so simultaneous requests for one picture share one render. */
const pending = new Map<string, Promise<Buffer>>();

/** Memoised by key in the same byte-bounded cache: the dataset never changes while the server runs. */
export function memo<T extends string | Buffer>(key: string, make: () => T): T {
  const hit = rendered.get(key);
  if (hit !== undefined) return hit as T;
  const value = make();
  rendered.set(key, value);
  return value;
}

/** The picture of a view, not memoised: also each frame of an animation. */
export function renderSnapshotSvg(state: ViewState): string {
  const p = snapshotParams(state);
  return renderSvg(getGraphAsOf({ asOf: p.asOf, tiers: p.tiers }), {
    ...p,
    creditUrl: `${SITE_URL}/${viewStateToQuery({ asOf: p.asOf, tiers: p.tiers, layout: p.layout, lang: p.lang })}`,
  });
}

export function snapshotSvg(state: ViewState): string {
  return memo(`svg|${JSON.stringify(snapshotParams(state))}`, () => renderSnapshotSvg(state));
}

/** The PNG, rendered in the worker pool; rejects with RenderBusyError when the pool is full. */
export function snapshotPng(state: ViewState): Promise<Buffer> {
  const p = snapshotParams(state);
  const key = `png|${JSON.stringify(p)}`;
  const hit = rendered.get(key);
  if (hit instanceof Buffer) return Promise.resolve(hit);
  const shared = pending.get(key);
  if (shared) return shared;
  // Refuse before drawing the SVG: a full pool must cost the server nothing.
  if (!pngPool.hasRoom()) return Promise.reject(new RenderBusyError());
  const render = svgToPngOffThread(snapshotSvg(state), p.width, p.scale)
    .then((png) => {
      rendered.set(key, png);
      return png;
    })
    .finally(() => pending.delete(key));
  pending.set(key, render);
  return render;
}

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

export async function imageResponse(
  request: Request,
  state: ViewState,
  kind: "svg" | "png",
): Promise<Response> {
  const p = snapshotParams(state);
  const etag = etagFor([kind, p]);
  const name = `bamboo-vietnam-partners-${p.asOf}.${kind}`;
  const headers = {
    "Content-Type": kind === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
    "Content-Disposition": `inline; filename="${name}"`,
    ...SHAREABLE_RESOURCE_HEADERS,
  };
  const options = languageVary(request);
  // Only the render is skipped on a 304; the ETag is computed from parameters alone.
  if (clientHasCurrent(request, etag)) return cachedResponse(request, etag, "", headers, options);
  try {
    const body = kind === "svg" ? snapshotSvg(state) : new Uint8Array(await snapshotPng(state));
    return cachedResponse(request, etag, body, headers, options);
  } catch (error) {
    if (error instanceof RenderBusyError) return busyResponse();
    throw error;
  }
}
