import path from "node:path";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { hashedContentSecurityPolicy } from "@/lib/http/security";
import { memo } from "@/lib/render/render-memo";
import type { ViewState } from "@/lib/schema/view-state";
import { readShell, withHead } from "./shell";

/** Where `next build` writes prerendered pages, and the scripts, stylesheets and fonts they link. */
const BUILT_APP = path.join(process.cwd(), ".next", "server", "app");
const BUILT_STATIC = path.join(process.cwd(), ".next", "static");

export interface ShellPage {
  /** The prerendered page's route name (`explorer-shell` is app/explorer-shell/page.tsx). */
  shell: string;
  /** Where the shell is served, for its CSP. */
  pathname: string;
  /** The view-state parameters the page reads: they, and nothing else, vary its head and its ETag. */
  keys: readonly (keyof ViewState)[];
  headTags: (state: ViewState, origin: string) => string;
  /** What the page shows before its scripts have run (lib/page-shell/first-view.ts). */
  firstView?: (state: ViewState) => string;
}

/**
 * A page whose HTML is one prerendered shell for every view: its inline scripts hashed into the CSP (no
 * nonce), with the view's own head, so shared caches can keep each view and links still unfurl as the view
 * they name. The view itself is read from the URL in the browser.
 */
export function shellResponse(request: Request, page: ShellPage): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const shell = readShell(path.join(BUILT_APP, `${page.shell}.html`), BUILT_STATIC);
  // Never `request.url`'s origin: Next.js builds it from the client's X-Forwarded-Proto.
  const origin = publicOrigin(request.headers);
  const view = Object.fromEntries(page.keys.map((key) => [key, state[key] ?? null]));
  const key = [shell.digest, origin, view];
  const body = memo(`${page.shell}|${JSON.stringify(key)}`, () =>
    withHead(shell.html, {
      lang: state.lang,
      theme: state.theme === "auto" ? null : state.theme,
      tags: shell.fonts[state.lang] + page.headTags(state, origin),
      firstView: page.firstView?.(state),
    }),
  );
  return cachedResponse(
    request,
    etagFor([page.shell, ...key], state.v),
    body,
    {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": hashedContentSecurityPolicy(shell.scriptHashes, page.pathname),
      ...(forwardedVary() ? { Vary: forwardedVary() ?? "" } : {}),
    },
    { release: state.v },
  );
}
