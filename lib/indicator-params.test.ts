import { describe, expect, it } from "vitest";
import { indicatorFormSchema } from "./indicator-params";

const base = {
  code: "thu_ns", nameVi: "Thu ngân sách", nameEn: "Budget revenue", group: "economy", measureVi: "tỷ đồng", measureEn: "billion VND",
  direction: "higher", timeBehaviour: "flow", aggregation: "sum", kind: "amount", decimals: "3", baseIndicatorId: "", weightIndicatorId: "",
};

describe("defining an indicator", () => {
  it("accepts an amount and normalises its code", () => {
    expect(indicatorFormSchema.parse(base)).toMatchObject({ code: "THU_NS", decimals: 3, baseIndicatorId: null, weightIndicatorId: null });
  });

  it("requires a base exactly for growth rates and a weight for weighted averages", () => {
    expect(indicatorFormSchema.safeParse({ ...base, kind: "growth" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, kind: "growth", baseIndicatorId: "1", aggregation: "none" }).success).toBe(true);
    expect(indicatorFormSchema.safeParse({ ...base, baseIndicatorId: "1" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, aggregation: "weighted_avg", timeBehaviour: "level" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, aggregation: "weighted_avg", weightIndicatorId: "4" }).success).toBe(true);
  });

  it("keeps shares to ratios and refuses unknown enums and codes", () => {
    expect(indicatorFormSchema.safeParse({ ...base, aggregation: "share" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, aggregation: "share", kind: "ratio", measureVi: "%" }).success).toBe(true);
    expect(indicatorFormSchema.safeParse({ ...base, direction: "sideways" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, code: "<b>" }).success).toBe(false);
  });

  it("takes an optional tolerance, written the Vietnamese way, never negative", () => {
    expect(indicatorFormSchema.parse(base).tolerance).toBeNull();
    expect(indicatorFormSchema.parse({ ...base, tolerance: "0,5" }).tolerance).toBe(0.5);
    expect(indicatorFormSchema.parse({ ...base, tolerance: "0" }).tolerance).toBe(0);
    expect(indicatorFormSchema.safeParse({ ...base, tolerance: "-1" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, tolerance: "abc" }).success).toBe(false);
    expect(indicatorFormSchema.safeParse({ ...base, tolerance: "1.5" }).success).toBe(false);
  });
});
