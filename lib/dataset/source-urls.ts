import type { Source } from "@/lib/schema/dataset";
import { SINGLE_FILES } from "./files";
import type { DatasetProblem } from "./problems";

/**
 * Hosts known to serve copies of other publications' stories (a gambling site republishing VietnamPlus,
 * Wikipedia mirrors, blogs reprinting newspapers, SEO proxies): a citation must name the original
 * publication instead. Matched on the host and its subdomains.
 */
export const COPY_HOSTS: readonly string[] = [
  "artikeldigital.com",
  "docnhanh.vn",
  "kampuspedia.com",
  "prideseotools.com",
  "search.com.vn",
  "siudz.com",
  "talk.dob.jp",
  "taxitaivn.blogspot.com",
  "tennguoidepnhat.net",
  "thedailyripple.org",
  "ufabetindo.in",
  "vietbao.vn",
  "vietchance.com",
  "vietexplorer.com",
  "vietnamnewsgazette.com",
  "wikimili.com",
  "yes8877.cc",
];

/**
 * A source with no public address must be an article bundled with the project, and says so by its id:
 * `seed-…`. Everything else needs its URL.
 */
export const SEED_SOURCE_PREFIX = "seed-";

function urlProblem(url: string): string | null {
  if (/\s/.test(url)) return "URL contains whitespace";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "URL does not parse";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "URL must be http(s)";
  const host = parsed.hostname.toLowerCase();
  if (host.endsWith(".")) return `host "${host}" ends in a dot; cite the address without it`;
  const copy = COPY_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (copy) return `host "${host}" serves copies of other publications; cite the original`;
  return null;
}

/** Every source has a clean http(s) address, unless it is a bundled seed article. */
export function checkSourceUrls(sources: readonly Source[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  sources.forEach((source, i) => {
    const path = `sources[${i}].url`;
    if (source.url === null) {
      if (!source.id.startsWith(SEED_SOURCE_PREFIX))
        problems.push({
          file: SINGLE_FILES.sources,
          path,
          message: `no URL: only a bundled seed article (id "${SEED_SOURCE_PREFIX}…") may go without one`,
        });
      return;
    }
    const message = urlProblem(source.url);
    if (message) problems.push({ file: SINGLE_FILES.sources, path, message });
  });
  return problems;
}
