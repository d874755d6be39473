/** CDN-friendly: fresh for an hour in browsers, a day at the edge, served stale while revalidating. */
export const CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";
