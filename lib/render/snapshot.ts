import { getGraphAsOf } from "@/lib/graph";
import { etagFor } from "@/lib/http/caching";
import { configuredSiteUrl } from "@/lib/http/public-origin";
import type { ViewState } from "@/lib/schema/view-state";
import { viewStateToQuery } from "@/lib/schema/view-state";
import { DEFAULT_PICTURE_SIZE, pictureSize } from "@/lib/schema/presets";
import { pictureResponse } from "./picture-response";
import { resvgOptions } from "./png";
import { memo, renderOnce } from "./render-memo";
import { renderSvg, type SvgOptions } from "./svg";

export const DEFAULT_SIZE = DEFAULT_PICTURE_SIZE;

/**
 * The public site's address for credit lines. Pictures are cached by their parameters alone, so the
 * credit never comes from a request header: it is `BAMBOO_SITE_URL`, or (unset) none at all, and the
 * credit names Bamboo without an address rather than a placeholder.
 */
export const SITE_URL = configuredSiteUrl();

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
    // A selected leader is drawn only where leaders are.
    focus: state.leaders && state.focus?.startsWith("leader:") ? state.focus : null,
    v: state.v,
  };
}

/**
 * What an animation's frame adds to the picture of its day: the date as its changes' source gives it
 * (`shownDate`), the band saying what changed, and the partners that changed ringed.
 */
export type FrameOverlay = Pick<SvgOptions, "shownDate" | "caption" | "highlight">;

/** The picture of a view, not memoised: also each frame of an animation. */
export function renderSnapshotSvg(state: ViewState, frame?: FrameOverlay): string {
  const p = snapshotParams(state);
  const view = viewStateToQuery({ asOf: p.asOf, tiers: p.tiers, layout: p.layout, lang: p.lang, v: p.v });
  return renderSvg(getGraphAsOf({ asOf: p.asOf, tiers: p.tiers, v: p.v }), {
    ...p,
    creditUrl: SITE_URL ? `${SITE_URL}/${view}` : null,
    ...frame,
  });
}

export function snapshotSvg(state: ViewState): string {
  return memo(`svg|${JSON.stringify(snapshotParams(state))}`, () => renderSnapshotSvg(state));
}

/**
 * The PNG, rendered in the worker pool; rejects with RenderBusyError when the pool is full. With a `frame`
 * (a lesson deck's period: the partners that changed ringed) it is memoised with it.
 */
export function snapshotPng(state: ViewState, frame?: FrameOverlay): Promise<Buffer> {
  const p = snapshotParams(state);
  return renderOnce(`png|${JSON.stringify(p)}${frame ? `|${JSON.stringify(frame)}` : ""}`, () => ({
    kind: "png",
    svg: frame ? renderSnapshotSvg(state, frame) : snapshotSvg(state),
    options: resvgOptions(p.width, p.scale),
  }));
}

export function imageResponse(request: Request, state: ViewState, kind: "svg" | "png"): Promise<Response> {
  const p = snapshotParams(state);
  const name = `bamboo-vietnam-partners-${p.asOf}.${kind}`;
  const headers = {
    "Content-Type": kind === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
    "Content-Disposition": `inline; filename="${name}"`,
  };
  return pictureResponse(
    request,
    etagFor([kind, p], p.v),
    headers,
    () => (kind === "svg" ? snapshotSvg(state) : snapshotPng(state)),
    p.v,
  );
}
