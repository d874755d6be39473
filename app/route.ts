import { explorerHeadTags } from "@/lib/page-shell/explorer-head";
import { explorerFirstView } from "@/lib/page-shell/first-view";
import { shellResponse } from "@/lib/page-shell/shell-response";

export const dynamic = "force-dynamic";

/** `/`: the explorer's prerendered shell (app/explorer-shell/page.tsx) with the view's own head and headline. */
export function GET(request: Request): Response {
  return shellResponse(request, {
    shell: "explorer-shell",
    pathname: "/",
    keys: ["asOf", "tiers", "q", "focus", "layout", "lang", "theme", "leaders", "v"],
    headTags: explorerHeadTags,
    firstView: explorerFirstView,
  });
}
