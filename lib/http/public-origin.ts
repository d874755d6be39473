/**
 * The site's public address for absolute URLs in answers (oEmbed, Open Graph, credit lines).
 *
 * `BAMBOO_SITE_URL` wins when set. Otherwise the request's own origin: its Host header (part of every
 * cache's key) and the scheme it arrived on. `X-Forwarded-Proto`/`-Host` are read only when the operator
 * sets `BAMBOO_TRUST_PROXY=1` (a proxy they run overwrites them), and are validated even then: a value a
 * client can forge never reaches an answer.
 */

type HeaderSource = Pick<Headers, "get">;
/** The two settings this module reads (process.env by default; tests pass their own). */
type Env = Readonly<Record<string, string | undefined>>;

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]{2,45}\\])(?::\\d{1,5})?$`, "i");
const SCHEMES = new Set(["http", "https"]);
const FALLBACK_HOST = "localhost";

/** A host[:port] as a URL may carry it, or null for anything else (paths, userinfo, spaces, schemes). */
export function validHost(value: string | null | undefined): string | null {
  const host = value?.trim().toLowerCase();
  if (!host || host.length > 260 || !HOST.test(host)) return null;
  const port = host.match(/:(\d+)$/)?.[1];
  return port !== undefined && Number(port) > 65535 ? null : host;
}

function validScheme(value: string | null | undefined): string | null {
  const scheme = value?.trim().toLowerCase();
  return scheme && SCHEMES.has(scheme) ? scheme : null;
}

/** The first entry of a comma-separated forwarded header (the one the nearest trusted proxy saw). */
const firstOf = (value: string | null) => value?.split(",")[0] ?? null;

/** `BAMBOO_SITE_URL` as an origin, or null when it is unset or not an http(s) URL. */
export function configuredSiteUrl(env: Env = process.env): string | null {
  const raw = env.BAMBOO_SITE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return SCHEMES.has(url.protocol.slice(0, -1)) && validHost(url.host) ? url.origin : null;
  } catch {
    return null;
  }
}

export function trustsProxy(env: Env = process.env): boolean {
  return env.BAMBOO_TRUST_PROXY === "1" || env.BAMBOO_TRUST_PROXY === "true";
}

/** Forwarded headers an answer depends on (for `Vary`), only when they are trusted. */
export function forwardedVary(env: Env = process.env): string | undefined {
  return configuredSiteUrl(env) === null && trustsProxy(env)
    ? "X-Forwarded-Proto, X-Forwarded-Host"
    : undefined;
}

/**
 * The public origin (`scheme://host[:port]`, no trailing slash). Not `request.url`: Next.js builds it
 * from X-Forwarded-Proto, whoever sent that. Without a trusted proxy the scheme is http (Next.js serves
 * plain HTTP; put TLS in front and set BAMBOO_SITE_URL or BAMBOO_TRUST_PROXY).
 */
export function publicOrigin(headers: HeaderSource, env: Env = process.env): string {
  const configured = configuredSiteUrl(env);
  if (configured) return configured;
  let scheme = "http";
  let host = validHost(headers.get("host"));
  if (trustsProxy(env)) {
    scheme = validScheme(firstOf(headers.get("x-forwarded-proto"))) ?? scheme;
    host = validHost(firstOf(headers.get("x-forwarded-host"))) ?? host;
  }
  return `${scheme}://${host ?? FALLBACK_HOST}`;
}
