import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPARATORS } from "./domain";
import { parseVietnameseNumber } from "./numbers";
import { formatPlan } from "./plan-format";

describe("a plan as shown", () => {
  it("puts ≥ before a floor, ≤ before a ceiling and nothing before an exact figure", () => {
    expect(formatPlan({ comparator: "gte", value: 18964, valueMax: null }, 0, "vi")).toBe("≥ 18.964");
    expect(formatPlan({ comparator: "gte", value: 12.4, valueMax: null }, 1, "vi")).toBe("≥ 12,4");
    expect(formatPlan({ comparator: "lte", value: 0.2, valueMax: null }, 2, "vi")).toBe("≤ 0,2");
    expect(formatPlan({ comparator: "eq", value: 41.67, valueMax: null }, 2, "vi")).toBe("41,67");
    expect(formatPlan({ comparator: "gte", value: 18964, valueMax: null }, 0, "en")).toBe("≥ 18,964");
    expect(formatPlan({ comparator: "lte", value: 0.2, valueMax: null }, 2, "en")).toBe("≤ 0.20");
  });

  it("writes a range as its two bounds", () => {
    expect(formatPlan({ comparator: "range", value: 7.5, valueMax: 8 }, 1, "vi")).toBe("7,5 – 8");
    expect(formatPlan({ comparator: "range", value: 7.5, valueMax: 8 }, 1, "en")).toBe("7.5 – 8.0");
  });

  it("is empty when there is no plan", () => {
    expect(formatPlan(null, 0, "vi")).toBe("");
    expect(formatPlan(undefined, 0, "en")).toBe("");
  });

  it("in Vietnamese, reads back as the figure it shows", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPARATORS), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1e9 }), (comparator, decimals, units) => {
        const value = units / 10 ** decimals;
        const text = formatPlan({ comparator, value, valueMax: comparator === "range" ? value + 1 : null }, decimals, "vi");
        const first = text.replace(/^[≥≤] /, "").split(" – ")[0]!;
        const parsed = parseVietnameseNumber(first, { decimals });
        expect(parsed.ok && parsed.value).toBe(value);
      }),
    );
  });
});
