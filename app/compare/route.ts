import { compareHeadTags } from "@/lib/page-shell/compare-head";
import { compareFirstView } from "@/lib/page-shell/first-view";
import { shellResponse } from "@/lib/page-shell/shell-response";

export const dynamic = "force-dynamic";

/** `/compare`: the comparison's prerendered shell (app/compare-shell/page.tsx) with the comparison's own head and first view. */
export function GET(request: Request): Response {
  return shellResponse(request, {
    shell: "compare-shell",
    pathname: "/compare",
    keys: ["a", "b", "asOf", "tiers", "layout", "lang", "theme", "sort", "region", "v"],
    headTags: compareHeadTags,
    firstView: compareFirstView,
  });
}
