import { escapeXml } from "@/lib/render/escape-xml";
import { translator } from "@/lib/i18n/messages";
import type { Lang } from "@/lib/schema/view-state";

/** Pages a person opens in a browser; a bad query on one of them links back to the same page without it. */
const PAGE_PATHS = ["/", "/compare", "/data"] as const;

/** A browser asked for a page (not the API) and prefers HTML: it gets a readable 400 page, not JSON. */
export function wantsHtmlPage(pathname: string, accept: string | null): boolean {
  return !pathname.startsWith("/api/") && (accept ?? "").includes("text/html");
}

/**
 * The 400 page for people: the API's sentence, each problem, and a link to a view that works.
 * No script at all, so it needs no nonce; every piece of the request is escaped.
 */
export function badQueryPage(
  pathname: string,
  lang: Lang,
  error: string,
  issues: readonly { path: string; message: string }[],
): string {
  const t = translator(lang);
  const page = (PAGE_PATHS as readonly string[]).includes(pathname) || /^\/country\/[A-Z]{2}$/.test(pathname);
  const href = `${page ? pathname : "/"}${lang === "vi" ? "?lang=vi" : ""}`;
  const items = issues
    .map((i) => `<li><code>${escapeXml(i.path)}</code>: ${escapeXml(i.message)}</li>`)
    .join("");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(t("badQueryTitle"))} · Bamboo</title>
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
a{color:light-dark(#0060a0,#7cc4ff)}
</style>
</head>
<body>
<main>
<h1>${escapeXml(t("badQueryTitle"))}</h1>
<p data-testid="bad-query-error">${escapeXml(error)}</p>
<ul>${items}</ul>
<p><a href="${escapeXml(href)}">${escapeXml(t(page && pathname !== "/" ? "badQueryLinkPage" : "badQueryLink"))}</a></p>
</main>
</body>
</html>
`;
}
