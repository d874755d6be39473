import { getGraphAsOf } from "@/lib/graph";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import type { ViewState } from "@/lib/schema/view-state";
import { viewStateToQuery } from "@/lib/schema/view-state";
import { DEFAULT_PICTURE_SIZE, pictureSize } from "@/lib/schema/presets";
import { svgToPng } from "./png";
import { renderSvg } from "./svg";

export const DEFAULT_SIZE = DEFAULT_PICTURE_SIZE;

/** The public site's address for credit lines; images are the same bytes wherever they are served. */
export const SITE_URL = process.env.BAMBOO_SITE_URL ?? "https://bamboo.example";

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

const MAX_CACHED = 200;
const rendered = new Map<string, string | Buffer>();

/** Renders are memoised by their parameters: the dataset never changes while the server runs. */
function memo<T extends string | Buffer>(key: string, make: () => T): T {
  const hit = rendered.get(key);
  if (hit !== undefined) return hit as T;
  const value = make();
  if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value as string);
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

export function snapshotPng(state: ViewState): Buffer {
  const p = snapshotParams(state);
  return memo(`png|${JSON.stringify(p)}`, () => svgToPng(snapshotSvg(state), p.width, p.scale));
}

export function imageResponse(request: Request, state: ViewState, kind: "svg" | "png"): Response {
  const p = snapshotParams(state);
  const etag = etagFor([kind, p]);
  const name = `bamboo-vietnam-partners-${p.asOf}.${kind}`;
  const headers = {
    "Content-Type": kind === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
    "Content-Disposition": `inline; filename="${name}"`,
  };
  // Only the render is skipped on a 304; the ETag is computed from parameters alone.
  if (request.headers.get("if-none-match") === etag) return cachedResponse(request, etag, "", headers);
  const body = kind === "svg" ? snapshotSvg(state) : new Uint8Array(snapshotPng(state));
  return cachedResponse(request, etag, body, headers);
}
