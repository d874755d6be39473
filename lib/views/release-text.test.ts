import { describe, expect, it } from "vitest";
import { baselineSummary, summariseChanges } from "@/lib/dataset/changelog";
import type { ReleaseChange } from "@/lib/dataset/release-files";
import { changeWhat, releaseSummary } from "./release-text";

const change = (kind: ReleaseChange["kind"]): ReleaseChange => ({
  kind,
  key: "JP",
  what: "event",
  citations: [],
});

describe("releaseSummary", () => {
  const changes = [change("added"), change("corrected"), change("corrected")];

  it("says a generated count of changes again in Vietnamese, and leaves the English as generated", () => {
    const release = { summary: summariseChanges(changes), changes };
    expect(releaseSummary(release, "vi")).toEqual({ text: "1 bổ sung, 2 đính chính, 0 gỡ bỏ", lang: "vi" });
    expect(releaseSummary(release, "en")).toEqual({ text: "1 added, 2 corrected, 0 removed", lang: "en" });
  });

  it("says the baseline's counts in Vietnamese", () => {
    const summary = baselineSummary({ partners: 196, leaders: 88, events: 72, totals: 38 });
    expect(releaseSummary({ summary, changes: [] }, "vi").text).toBe(
      "Bản phát hành gốc: 196 đối tác, 88 nhà lãnh đạo, 72 sự kiện, 38 số liệu chính thức",
    );
    expect(releaseSummary({ summary, changes: [] }, "en").text).toBe(summary);
  });

  it("gives an author's words in their Vietnamese, or as written and marked English", () => {
    const summary = "Corrects Japan's strategic partnership";
    expect(releaseSummary({ summary, summaryVi: "Đính chính về Nhật Bản", changes }, "vi")).toEqual({
      text: "Đính chính về Nhật Bản",
      lang: "vi",
    });
    expect(releaseSummary({ summary, changes }, "vi")).toEqual({ text: summary, lang: "en" });
  });
});

describe("changeWhat", () => {
  it("names each kind of fact in Vietnamese, tiers and offices by their Vietnamese names", () => {
    expect(changeWhat("relations established", "vi")).toEqual({
      text: "thiết lập quan hệ ngoại giao",
      lang: "vi",
    });
    expect(changeWhat("tier step: comprehensive-strategic (2nd): citations", "vi").text).toBe(
      "bước lên Đối tác Chiến lược Toàn diện (lần 2): nguồn trích dẫn",
    );
    expect(changeWhat("office: prime-minister (1st)", "vi").text).toBe("chức vụ Thủ tướng (nhiệm kỳ 1)");
    expect(changeWhat("official total: citations", "vi").text).toBe("số liệu chính thức: nguồn trích dẫn");
  });

  it("keeps the English grammar in English", () => {
    expect(changeWhat("tier step: strategic (3rd)", "en").text).toMatch(/^tier step: .+ \(3rd\)$/);
    expect(changeWhat("event: citations", "en").text).toBe("event: citations");
  });

  it("names a disagreement by the data's Vietnamese, and shows what it cannot parse as written, marked English", () => {
    const aboutVi = (about: string) =>
      about === "date of strategic partnership" ? "ngày đối tác chiến lược" : null;
    expect(changeWhat("disagreement: date of strategic partnership", "vi", aboutVi).text).toBe(
      "các nguồn chưa thống nhất: ngày đối tác chiến lược",
    );
    expect(changeWhat("disagreement: something else", "vi", aboutVi)).toEqual({
      text: "disagreement: something else",
      lang: "en",
    });
    expect(changeWhat("a new kind of fact", "vi")).toEqual({ text: "a new kind of fact", lang: "en" });
  });
});
