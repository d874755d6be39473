import { describe, expect, it } from "vitest";
import { rejectRequest } from "./request-guard";

describe("rejectRequest", () => {
  it("lets GET and HEAD through on well-formed paths", () => {
    expect(rejectRequest("GET", "/country/VN")).toBeNull();
    expect(rejectRequest("HEAD", "/api/country/%C3%9Ac")).toBeNull();
  });
  it("answers every other method 405 with Allow", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
      const r = rejectRequest(method, "/");
      expect(r?.status, method).toBe(405);
      expect(r?.headers.Allow).toBe("GET, HEAD");
    }
  });
  it("answers paths that are not UTF-8 percent-encoding 400", () => {
    for (const path of ["/api/country/%C3", "/api/country/%", "/country/%ZZ"])
      expect(rejectRequest("GET", path)?.status, path).toBe(400);
  });
});
