import { etagFor } from "@/lib/http/caching";
import { pictureSize } from "@/lib/schema/presets";
import { viewStateToQuery, type ViewState } from "@/lib/schema/view-state";
import { compareDays, tierSeries } from "@/lib/views/compare";
import { getComparePayload } from "@/lib/views/payload";
import { renderChartSvg } from "./chart-svg";
import { measureWithNotoSans } from "./measure-font";
import { pictureResponse } from "./picture-response";
import { resvgOptions } from "./png";
import { memo, renderOnce } from "./render-memo";
import { SITE_URL } from "./snapshot";

/** A chart picture is wide and low, as a slide's chart is: 1200×700 unless a preset or size says otherwise. */
const DEFAULT_CHART_SIZE = { width: 1200, height: 700 } as const;

/** What a chart picture depends on, read from the one view state: the comparison's later day ends it. */
export function chartParams(state: ViewState) {
  const sized = state.preset || state.width || state.height;
  const days = compareDays(state);
  return {
    // The earlier day only shapes the credit's link back to the comparison.
    a: days.a,
    end: days.b,
    tiers: state.tiers,
    ...(sized ? pictureSize(state) : DEFAULT_CHART_SIZE),
    title: state.title ?? undefined,
    subtitle: state.subtitle ?? undefined,
    theme: state.theme === "dark" ? ("dark" as const) : ("light" as const),
    lang: state.lang,
    scale: state.scale,
    v: state.v,
  };
}

/** The chart as SVG, memoised by its parameters. */
export function chartSvg(state: ViewState): string {
  const p = chartParams(state);
  return memo(`chart-svg|${JSON.stringify(p)}`, () => {
    const payload = getComparePayload(p.v);
    const view = viewStateToQuery({ a: p.a, b: p.end, tiers: p.tiers, lang: p.lang, v: p.v }, [
      "a",
      "b",
      "tiers",
      "lang",
      "v",
    ]);
    return renderChartSvg(tierSeries(payload.partners, payload.ladders), {
      ...p,
      creditUrl: SITE_URL ? `${SITE_URL}/compare${view}` : null,
      measure: measureWithNotoSans,
    });
  });
}

/** The chart as PNG, rendered in the worker pool (RenderBusyError when it is full). */
export function chartPng(state: ViewState): Promise<Buffer> {
  const p = chartParams(state);
  return renderOnce(`chart-png|${JSON.stringify(p)}`, () => ({
    kind: "png",
    svg: chartSvg(state),
    options: resvgOptions(p.width, p.scale),
  }));
}

/** The answer of /api/chart.svg and /api/chart.png. */
export function chartResponse(request: Request, state: ViewState, kind: "svg" | "png"): Promise<Response> {
  const p = chartParams(state);
  const headers = {
    "Content-Type": kind === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
    "Content-Disposition": `inline; filename="bamboo-tiers-over-time-${p.end}.${kind}"`,
  };
  return pictureResponse(
    request,
    etagFor(["chart", kind, p], p.v),
    headers,
    () => (kind === "svg" ? chartSvg(state) : chartPng(state)),
    p.v,
  );
}
