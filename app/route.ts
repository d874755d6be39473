import path from "node:path";
import { cachedResponse, etagFor } from "@/lib/http/caching";
import { viewStateOrBadRequest } from "@/lib/http/responses";
import { forwardedVary, publicOrigin } from "@/lib/http/public-origin";
import { hashedContentSecurityPolicy } from "@/lib/http/security";
import { explorerHeadTags } from "@/lib/page-shell/explorer-head";
import { readShell, withHead } from "@/lib/page-shell/shell";
import { memo } from "@/lib/render/render-memo";

export const dynamic = "force-dynamic";

/** The explorer's prerendered shell (app/explorer-shell/page.tsx), as `next build` writes it. */
const BUILT_APP = path.join(process.cwd(), ".next", "server", "app");
const SHELL_FILE = path.join(BUILT_APP, "explorer-shell.html");
const SHELL_LAZY_CHUNKS = path.join(BUILT_APP, "explorer-shell", "page", "react-loadable-manifest.json");

/**
 * `/`: the same static shell for every view (its inline scripts hashed into the CSP, no nonce), with the
 * view's own head, so shared caches can keep each view and links still unfurl as the view they name.
 */
export function GET(request: Request): Response {
  const state = viewStateOrBadRequest(request, { negotiateLanguage: false });
  if (state instanceof Response) return state;
  const shell = readShell(SHELL_FILE, SHELL_LAZY_CHUNKS);
  // Never `request.url`'s origin: Next.js builds it from the client's X-Forwarded-Proto.
  const origin = publicOrigin(request.headers);
  const { asOf, tiers, q, focus, layout, lang, theme, leaders } = state;
  const key = [shell.digest, origin, { asOf, tiers, q, focus, layout, lang, theme, leaders }];
  const body = memo(`explorer|${JSON.stringify(key)}`, () =>
    withHead(shell.html, {
      lang,
      theme: theme === "auto" ? null : theme,
      tags: explorerHeadTags(state, origin),
    }),
  );
  return cachedResponse(request, etagFor(["explorer", ...key]), body, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": hashedContentSecurityPolicy(shell.scriptHashes, "/"),
    ...(forwardedVary() ? { Vary: forwardedVary() ?? "" } : {}),
  });
}
