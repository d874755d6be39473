/**
 * The canonical address of a server-rendered page (`/country/JP`, `/leader/…`, `/data`): its path, plus only
 * the parameters that make it another page — `lang=vi` (another language) and `v` (a pinned release). Theme,
 * tracking parameters and the like name the same page.
 */
export function canonicalPath(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, "http://canonical.invalid");
  const params = new URLSearchParams();
  if (url.searchParams.get("lang") === "vi") params.set("lang", "vi");
  const v = url.searchParams.get("v");
  if (v) params.set("v", v);
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}
