import { describe, expect, it } from "vitest";
import { publicOrigin, validHost } from "./public-origin";

const headers = (values: Record<string, string>) => new Headers(values);
const HOSTILE = {
  host: "bamboo.test:3000",
  "x-forwarded-proto": "https://evil.example/x?",
  "x-forwarded-host": "evil.example",
};

describe("publicOrigin", () => {
  it("prefers BAMBOO_SITE_URL over every header", () => {
    expect(publicOrigin(headers(HOSTILE), { BAMBOO_SITE_URL: "https://bamboo.vn/" })).toBe(
      "https://bamboo.vn",
    );
  });

  it("uses the request's own Host and scheme, and ignores X-Forwarded-* unless a proxy is trusted", () => {
    expect(publicOrigin(headers(HOSTILE), {})).toBe("http://bamboo.test:3000");
  });

  it("reads X-Forwarded-* behind a trusted proxy, and only values that are a scheme and a host", () => {
    const trusted = { BAMBOO_TRUST_PROXY: "1" };
    expect(
      publicOrigin(
        headers({ host: "internal:3000", "x-forwarded-proto": "https", "x-forwarded-host": "bamboo.vn" }),
        trusted,
      ),
    ).toBe("https://bamboo.vn");
    expect(publicOrigin(headers(HOSTILE), trusted)).toBe("http://evil.example");
    expect(
      publicOrigin(
        headers({ host: "bamboo.test", "x-forwarded-proto": "javascript", "x-forwarded-host": "a/b?c" }),
        trusted,
      ),
    ).toBe("http://bamboo.test");
  });

  it("falls back to localhost when the Host header is malformed, never echoing it", () => {
    expect(publicOrigin(headers({ host: "evil.example/<script>" }))).toBe("http://localhost");
    expect(publicOrigin(headers({}), { BAMBOO_SITE_URL: "javascript:alert(1)" })).toBe("http://localhost");
  });
});

describe("validHost", () => {
  it("accepts names, IPv4, IPv6 and ports; refuses paths, userinfo, spaces and bad ports", () => {
    for (const ok of ["bamboo.vn", "localhost:3000", "127.0.0.1:3303", "[::1]:80", "xn--c-ana.vn"])
      expect(validHost(ok), ok).toBe(ok);
    for (const bad of ["a/b", "user@host", "a b", "host:99999", "-bad.vn", "", "evil.example/x?"])
      expect(validHost(bad), bad).toBeNull();
  });
});
