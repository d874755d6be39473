import { describe, expect, it } from "vitest";
import { statesNumber } from "./number-words";

describe("statesNumber", () => {
  it.each([
    ["relations with 185 out of the 193 UN members", 185],
    ["The Cook Island is the 190th state", 190],
    ["将越南与世界各国建交总数增至195个。", 195],
    ["only recognized three nations as its partners", 3],
    ["comprehensive strategic partnerships with seven countries", 7],
    ["Australia is the seventh country", 7],
    ["makes the U.S. the fifth country", 5],
    ["twenty-five countries", 25],
    ["twenty five countries", 25],
    ["one hundred and eighty-five members", 185],
    ["Việt Nam có sáu Đối tác Chiến lược Toàn diện", 6],
    ["hai mươi lăm quốc gia", 25],
    ["hai mươi tư đối tác", 24],
    ["là đối tác thứ bảy", 7],
    ["là đối tác thứ tư", 4],
    ["là nước thứ nhất", 1],
    ["một trăm linh năm nước", 105],
  ])("reads %j as %i", (text, n) => {
    expect(statesNumber(text, n)).toBe(true);
  });

  it.each([
    ["relations with 2,185 members", 185],
    ["in 1850 there were", 185],
    ["relations with 18 countries", 185],
    ["twenty-five countries", 20],
    ["twenty-five countries", 5],
    ["hai mươi lăm quốc gia", 20],
    ["hai mươi lăm quốc gia", 2],
    ["one hundred and eighty-five members", 85],
    ["Năm 2023, Việt Nam có quan hệ", 5],
    ["someone said so", 1],
    ["the strategic partners are China and Russia", 2],
  ])("does not read %j as %i", (text, n) => {
    expect(statesNumber(text, n)).toBe(false);
  });
});
