import { afterEach, describe, expect, it, vi } from "vitest";
import { parseViewState } from "@/lib/schema/view-state";

/** The snapshot module reads BAMBOO_SITE_URL once, when it loads: each case loads it afresh. */
async function pictureWith(siteUrl: string): Promise<string> {
  vi.stubEnv("BAMBOO_SITE_URL", siteUrl);
  vi.resetModules();
  const { renderSnapshotSvg } = await import("./snapshot");
  return renderSnapshotSvg(parseViewState(new URLSearchParams("asOf=2024-03-10")));
}

describe("a picture's credit line", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names Bamboo without an address when no public address is configured, never a placeholder", async () => {
    const svg = await pictureWith("");
    expect(svg).toMatch(/class="credit">Source: Bamboo; every date cited to its source<\/text>/);
    expect(svg).not.toContain("bamboo.example");
  });

  it("links the configured public address's view of the same date", async () => {
    const svg = await pictureWith("https://bamboo.test");
    expect(svg.match(/class="credit">([^<]*)</)?.[1]).toBe(
      "Source: Bamboo; every date cited to its source · https://bamboo.test/?asOf=2024-03-10&amp;lang=en",
    );
  });
});
