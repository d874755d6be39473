import { describe, expect, it } from "vitest";
import { cachedResponse, clientHasCurrent } from "./caching";

const request = (ifNoneMatch?: string) =>
  new Request(
    "http://bamboo.test/api/graph",
    ifNoneMatch ? { headers: { "If-None-Match": ifNoneMatch } } : {},
  );

describe("If-None-Match", () => {
  const etag = '"abc"';
  it("matches strong, weak and listed tags, and *", () => {
    for (const header of ['"abc"', 'W/"abc"', '"x", W/"abc"', "*"])
      expect(clientHasCurrent(request(header), etag)).toBe(true);
  });
  it("does not match other tags or no header", () => {
    for (const header of ['"abd"', 'W/"ab"', undefined])
      expect(clientHasCurrent(request(header), etag)).toBe(false);
  });
  it("answers 304 with the ETag and Vary, 200 with the body otherwise", async () => {
    const hit = cachedResponse(request('W/"abc"'), etag, "body", {}, { vary: "Accept-Language" });
    expect(hit.status).toBe(304);
    expect(hit.headers.get("vary")).toBe("Accept-Language");
    const miss = cachedResponse(request(), etag, "body", { "Content-Type": "text/plain" });
    expect(miss.status).toBe(200);
    expect(await miss.text()).toBe("body");
    expect(miss.headers.get("etag")).toBe(etag);
  });
});
