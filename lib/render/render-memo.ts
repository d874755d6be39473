import { ByteBoundedCache } from "./byte-cache";
import { renderPool, RenderBusyError, type RenderJob } from "./render-pool";

const CACHE_BYTES = (Number(process.env.BAMBOO_RENDER_CACHE_MB) || 64) * 1024 * 1024;

/** Renders are memoised by their parameters (the dataset never changes while the server runs). */
const rendered = new ByteBoundedCache<string | Buffer>(CACHE_BYTES);
/** Renders under way, so simultaneous requests for one picture share one render. */
const pending = new Map<string, Promise<Buffer>>();

/** Memoised by key in the same byte-bounded cache: the dataset never changes while the server runs. */
export function memo<T extends string | Buffer>(key: string, make: () => T): T {
  const hit = rendered.get(key);
  if (hit !== undefined) return hit as T;
  const value = make();
  rendered.set(key, value);
  return value;
}

/**
 * Bytes made at most once per key: a cached copy, else the making already under way for that key, else a new
 * one. When the render pool is full it rejects with RenderBusyError before `make` runs, so a refused request
 * costs the server nothing; a refusal or a failure is never cached.
 */
export function bytesOnce(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const hit = rendered.get(key);
  if (hit instanceof Buffer) return Promise.resolve(hit);
  const shared = pending.get(key);
  if (shared) return shared;
  if (!renderPool.hasRoom()) return Promise.reject(new RenderBusyError());
  const made = Promise.resolve()
    .then(make)
    .then((bytes) => {
      rendered.set(key, bytes);
      return bytes;
    })
    .finally(() => pending.delete(key));
  pending.set(key, made);
  return made;
}

/** The bytes of a render job, rendered in the pool at most once per key (see bytesOnce). */
export function renderOnce(key: string, makeJob: () => RenderJob | Promise<RenderJob>): Promise<Buffer> {
  return bytesOnce(key, async () => renderPool.run(await makeJob()));
}
