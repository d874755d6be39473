import { describe, expect, it } from "vitest";
import { compareTitle, explorerTitle } from "./page-titles";

describe("page titles", () => {
  it("are written in the page's language, dates included", () => {
    expect(explorerTitle("2024-03-10", "vi")).toBe(
      "Mạng lưới quan hệ đối tác của Việt Nam — 10 tháng 3, 2024",
    );
    expect(explorerTitle("2024-03-10", "en")).toBe(
      "Vietnam's diplomatic partnership network — 10 March 2024",
    );
    expect(compareTitle("2023-01-01", "2024-03-10", "vi")).toBe(
      "So sánh 1 tháng 1, 2023 và 10 tháng 3, 2024",
    );
    expect(compareTitle("2023-01-01", "2024-03-10", "en")).toBe("Compare 1 January 2023 and 10 March 2024");
  });
});
