import { describe, expect, it } from "vitest";
import { indicatorName, measureName } from "./indicator-names";

const indicator = { nameVi: "Thu ngân sách", nameEn: "Budget revenue", measureVi: "tỷ đồng", measureEn: "billion VND" };

describe("an indicator's name", () => {
  it("is read in the reader's language, English for any language but Vietnamese", () => {
    expect(indicatorName(indicator, "vi")).toBe("Thu ngân sách");
    expect(indicatorName(indicator, "en")).toBe("Budget revenue");
    expect(measureName(indicator, "vi")).toBe("tỷ đồng");
    expect(measureName(indicator, "en")).toBe("billion VND");
    expect(measureName(indicator, "fr")).toBe("billion VND");
  });
});
