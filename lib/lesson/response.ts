import { etagFor } from "@/lib/http/caching";
import { pictureResponse } from "@/lib/render/picture-response";
import { bytesOnce } from "@/lib/render/render-memo";
import { SITE_URL } from "@/lib/render/snapshot";
import type { ViewState } from "@/lib/schema/view-state";
import { lessonDeck, lessonParams } from "./deck";

export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/**
 * `/api/lesson.pptx`: the deck with its ETag (from its parameters, so a client that has it skips the
 * render), made once per parameters while the server runs, or 503 + Retry-After when every renderer is busy.
 */
export function lessonResponse(request: Request, state: ViewState): Promise<Response> {
  const params = lessonParams(state);
  const headers = {
    "Content-Type": PPTX_TYPE,
    "Content-Disposition": `attachment; filename="bamboo-vietnam-lesson-${params.from}-${params.to}-${params.lang}.pptx"`,
  };
  return pictureResponse(
    request,
    etagFor(["lesson", params], state.v),
    headers,
    () => bytesOnce(`pptx|${JSON.stringify(params)}`, () => lessonDeck(state, SITE_URL)),
    state.v,
  );
}
