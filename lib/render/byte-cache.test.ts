import { describe, expect, it } from "vitest";
import { ByteBoundedCache } from "./byte-cache";

describe("ByteBoundedCache", () => {
  it("never holds more bytes than its budget, evicting the least recently used", () => {
    const cache = new ByteBoundedCache<Uint8Array>(100);
    cache.set("a", new Uint8Array(20));
    cache.set("b", new Uint8Array(20));
    cache.set("c", new Uint8Array(20));
    cache.get("a"); // a is now the most recently used
    for (const key of ["d", "e", "f"]) cache.set(key, new Uint8Array(20));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
  });

  it("does not keep a value larger than a quarter of the budget, and counts strings as UTF-8", () => {
    const cache = new ByteBoundedCache<string>(100);
    cache.set("big", "x".repeat(26));
    expect(cache.get("big")).toBeUndefined();
    cache.set("vi", "Việt"); // 6 bytes in UTF-8
    expect(cache.bytes).toBe(6);
    cache.set("vi", "Viet");
    expect(cache.bytes).toBe(4);
  });
});
