import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { PERIODS, type IndicatorStatus, type Period } from "./domain";
import {
  STATUS_RANK,
  attainment,
  changeVsSamePeriod,
  evaluate,
  expectedShare,
  figureForPeriod,
  growthRate,
  isRate,
  percentOfPlan,
  percentOfSamePeriod,
  quarterlyIncrements,
  ratioValue,
  roundTo,
  statedMismatch,
  toleranceFor,
  type EvaluationInput,
  type IndicatorRule,
  type PlanTarget,
} from "./progress";

const round = (x: number | null, decimals: number): number | null => (x === null ? null : roundTo(x, decimals));

const higherFlow: IndicatorRule = { direction: "higher", timeBehaviour: "flow", kind: "amount", decimals: 0 };
const lowerFlow: IndicatorRule = { direction: "lower", timeBehaviour: "flow", kind: "count", decimals: 0 };
const higherLevel: IndicatorRule = { direction: "higher", timeBehaviour: "level", kind: "amount", decimals: 1 };
const povertyRate: IndicatorRule = { direction: "lower", timeBehaviour: "level", kind: "ratio", decimals: 2 };
const growth: IndicatorRule = { direction: "higher", timeBehaviour: "level", kind: "growth", decimals: 1 };
const rangeLevel: IndicatorRule = { direction: "range", timeBehaviour: "level", kind: "growth", decimals: 1 };

const gte = (value: number): PlanTarget => ({ comparator: "gte", value });
const lte = (value: number): PlanTarget => ({ comparator: "lte", value });

function status(input: EvaluationInput): IndicatorStatus {
  return evaluate(input).status;
}

describe("roundTo", () => {
  it("rounds half away from zero despite binary noise", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(151.98, 1)).toBe(152);
    expect(roundTo(-0.001, 1)).toBe(0);
    expect(Object.is(roundTo(-0.001, 1), -0)).toBe(false);
  });
});

describe("Phường Trưng Vương, 2023 estimated actuals", () => {
  it("state budget revenue 41,795 tỷ: 152% of the city plan, 100,3% of the HĐND-adjusted plan", () => {
    expect(round(percentOfPlan(41.795, 27.5), 1)).toBe(152.0);
    expect(round(percentOfPlan(41.795, 41.67), 1)).toBe(100.3);
  });

  it("ward budget revenue 28.936 triệu: 315,3% and 125,6%", () => {
    expect(round(percentOfPlan(28_936, 9_177), 1)).toBe(315.3);
    expect(round(percentOfPlan(28_936, 23_038), 1)).toBe(125.6);
  });

  it("cultural families 2.570 / 2.683 is 95,79%, not the stated 96,46%", () => {
    const computed = ratioValue(2_570, 2_683);
    expect(round(computed, 2)).toBe(95.79);
    expect(statedMismatch(computed ?? Number.NaN, 96.46, 2)).toBe(true);
    expect(statedMismatch(95.79, 95.79, 2)).toBe(false);
    expect(statedMismatch(95.7883, 95.79, 2)).toBe(false);
    expect(statedMismatch(95.79, null, 2)).toBe(false);
    expect(statedMismatch(95.79, undefined, 2)).toBe(false);
  });
});

describe("percentOfPlan", () => {
  it("is null without a usable plan", () => {
    expect(percentOfPlan(10, 0)).toBeNull();
    expect(percentOfPlan(10, Number.NaN)).toBeNull();
    expect(percentOfPlan(10, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("reads the literal report wording: 10.473 of 20.921 is 50,06%", () => {
    expect(round(percentOfPlan(10_473, 20_921), 2)).toBe(50.06);
  });

  it("percentOfPlan(plan × k, plan) ≈ k × 100 (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.boolean(),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (magnitude, negative, k) => {
          const plan = negative ? -magnitude : magnitude;
          const p = percentOfPlan(plan * k, plan);
          expect(p).not.toBeNull();
          expect(Math.abs((p ?? Number.NaN) - k * 100)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(k * 100)));
        },
      ),
    );
  });
});

describe("same period and growth", () => {
  it("'tăng 17,53% so với cùng kỳ'", () => {
    expect(round(percentOfSamePeriod(10_473, 8_911), 2)).toBe(117.53);
    expect(round(changeVsSamePeriod(10_473, 8_911), 2)).toBe(17.53);
  });

  it("is null without last year's figure", () => {
    expect(percentOfSamePeriod(10, 0)).toBeNull();
    expect(percentOfSamePeriod(10, null)).toBeNull();
    expect(changeVsSamePeriod(10, undefined)).toBeNull();
  });

  it("Bỉm Sơn: 18.964 tỷ on a base of 16.872 tỷ is 12,4% growth", () => {
    expect(round(growthRate(18_964, 16_872), 1)).toBe(12.4);
    expect(growthRate(1, 0)).toBeNull();
    expect(growthRate(null, 1)).toBeNull();
    expect(growthRate(1, null)).toBeNull();
  });

  it("ratioValue is null on a zero denominator", () => {
    expect(ratioValue(7, 10)).toBe(70);
    expect(ratioValue(1, 0)).toBeNull();
    expect(ratioValue(null, 3)).toBeNull();
  });
});

describe("attainment", () => {
  it("is the percent of plan when higher is better", () => {
    expect(attainment(110, higherFlow, gte(100))).toBeCloseTo(110, 9);
  });

  it("inverts when lower is better", () => {
    expect(round(attainment(0.11, povertyRate, lte(0.2)), 1)).toBe(181.8);
    expect(attainment(0.4, povertyRate, lte(0.2))).toBeCloseTo(50, 9);
    expect(attainment(0, povertyRate, lte(0.2))).toBe(Number.POSITIVE_INFINITY);
    expect(attainment(0, povertyRate, lte(0))).toBe(100);
  });

  it("is 100 inside a range and falls with the distance outside it", () => {
    const target: PlanTarget = { comparator: "range", value: 7.5, valueMax: 8 };
    expect(attainment(7.8, rangeLevel, target)).toBe(100);
    expect(round(attainment(7, rangeLevel, target), 2)).toBe(93.33);
    expect(round(attainment(9, rangeLevel, target), 2)).toBe(87.5);
  });
});

describe("expectedShare", () => {
  const tourism = { Q1: 400, H1: 1_800, M9: 3_600, FY: 4_000 };

  it("is the straight share by default", () => {
    expect(PERIODS.map((p) => expectedShare(p))).toEqual([0.25, 0.5, 0.75, 1]);
    expect(expectedShare("Q1", null)).toBe(0.25);
  });

  it("follows last year's seasonal profile", () => {
    expect(expectedShare("Q1", tourism)).toBeCloseTo(0.1, 12);
    expect(expectedShare("H1", tourism)).toBeCloseTo(0.45, 12);
    expect(expectedShare("M9", tourism)).toBeCloseTo(0.9, 12);
    expect(expectedShare("FY", tourism)).toBe(1);
  });

  it("falls back to the straight share when the profile is unusable, and clamps to 0..1", () => {
    expect(expectedShare("H1", { H1: 100 })).toBe(0.5);
    expect(expectedShare("H1", { H1: 100, FY: 0 })).toBe(0.5);
    expect(expectedShare("H1", { Q1: 100, FY: 400 })).toBe(0.5);
    expect(expectedShare("H1", { H1: 500, FY: 400 })).toBe(1);
    expect(expectedShare("H1", { H1: -5, FY: 400 })).toBe(0);
  });
});

// The verdict for each kind of indicator, at a progress period (6 tháng: judged against the
// expected-by-now figure) and at Cả năm (against the plan), on each side of the tolerance band,
// with and without last year's figures (the seasonal profile of a flow, the starting level of a level).
// Before Cả năm the band is symmetric; at Cả năm any figure past the plan at the reported
// precision is "vượt kế hoạch", and the band only keeps a small miss "đạt".
type Case = {
  kind: string;
  rule: IndicatorRule;
  target: PlanTarget;
  period: Period;
  lastYear?: { fullYear?: number; profile?: Record<string, number> };
  /** Expected by now (the plan at Cả năm); null for an interval. */
  expected: number | null;
  /** [actual, verdict] pairs straddling the band's edges. */
  sides: [number, IndicatorStatus][];
};

const income: IndicatorRule = higherLevel;
const share: IndicatorRule = { direction: "higher", timeBehaviour: "level", kind: "ratio", decimals: 1 };
const range = (value: number, valueMax: number): PlanTarget => ({ comparator: "range", value, valueMax });

const CASES: Case[] = [
  // flow, 18.964 tỷ: band 0,5 + 1% of the reference.
  { kind: "flow", rule: higherFlow, target: gte(18_964), period: "H1", expected: 9_482,
    sides: [[9_387, "achieved"], [9_386, "not_achieved"], [9_577, "achieved"], [9_578, "exceeded"]] },
  { kind: "flow", rule: higherFlow, target: gte(18_964), period: "H1", lastYear: { profile: { Q1: 150, H1: 400, M9: 700, FY: 1_000 } }, expected: 7_585.6,
    sides: [[7_509, "not_achieved"], [7_510, "achieved"], [7_661, "achieved"], [7_662, "exceeded"]] },
  { kind: "flow", rule: higherFlow, target: gte(18_964), period: "Q1", expected: 4_741,
    sides: [[4_694, "achieved"], [4_693, "not_achieved"], [4_788, "achieved"], [4_789, "exceeded"]] },
  { kind: "flow", rule: higherFlow, target: gte(18_964), period: "FY", lastYear: { profile: { H1: 400, FY: 1_000 } }, expected: 18_964,
    sides: [[18_774, "achieved"], [18_773, "not_achieved"], [18_964, "achieved"], [18_965, "exceeded"]] },
  // level, income per head 75 triệu: the path from last year's 68, or the plan itself without it.
  { kind: "level", rule: income, target: gte(75), period: "H1", lastYear: { fullYear: 68 }, expected: 71.5,
    sides: [[70.8, "achieved"], [70.7, "not_achieved"], [72.2, "achieved"], [72.3, "exceeded"]] },
  { kind: "level", rule: income, target: gte(75), period: "H1", expected: 75,
    sides: [[74.3, "achieved"], [74.1, "not_achieved"], [75.7, "achieved"], [75.9, "exceeded"]] },
  { kind: "level", rule: income, target: gte(75), period: "FY", lastYear: { fullYear: 68 }, expected: 75,
    sides: [[74.3, "achieved"], [74.1, "not_achieved"], [75, "achieved"], [75.04, "achieved"], [75.1, "exceeded"]] },
  // ratio, 85% of areas: band 0,05 + 0,1 point.
  { kind: "ratio", rule: share, target: gte(85), period: "M9", lastYear: { fullYear: 81 }, expected: 84,
    sides: [[83.9, "achieved"], [83.8, "not_achieved"], [84.1, "achieved"], [84.2, "exceeded"]] },
  { kind: "ratio", rule: share, target: gte(85), period: "H1", expected: 85,
    sides: [[84.9, "achieved"], [84.8, "not_achieved"], [85.1, "achieved"], [85.2, "exceeded"]] },
  { kind: "ratio", rule: share, target: gte(85), period: "FY", expected: 85,
    sides: [[84.9, "achieved"], [84.8, "not_achieved"], [85, "achieved"], [85.1, "exceeded"]] },
  // growth ≥ 12,4%: measured against the same period, so judged against the plan all year.
  { kind: "growth", rule: growth, target: gte(12.4), period: "H1", expected: 12.4,
    sides: [[12.3, "achieved"], [12.2, "not_achieved"], [12.5, "achieved"], [12.6, "exceeded"], [14.8, "exceeded"]] },
  { kind: "growth", rule: growth, target: gte(12.4), period: "FY", expected: 12.4,
    sides: [[12.26, "achieved"], [12.24, "not_achieved"], [12.36, "achieved"], [12.46, "exceeded"]] },
  // ceiling, poor households ≤ 0,2%: lower is better.
  { kind: "ceiling", rule: povertyRate, target: lte(0.2), period: "FY", expected: 0.2,
    sides: [[0.3, "achieved"], [0.31, "not_achieved"], [0.32, "not_achieved"], [0.2, "achieved"], [0.19, "exceeded"], [0.11, "exceeded"]] },
  { kind: "ceiling", rule: povertyRate, target: lte(0.2), period: "H1", lastYear: { fullYear: 0.4 }, expected: 0.3,
    sides: [[0.4, "achieved"], [0.41, "not_achieved"], [0.2, "achieved"], [0.19, "exceeded"]] },
  { kind: "ceiling", rule: povertyRate, target: lte(0.2), period: "H1", expected: 0.2,
    sides: [[0.3, "achieved"], [0.31, "not_achieved"], [0.1, "achieved"], [0.09, "exceeded"]] },
  { kind: "ceiling", rule: lowerFlow, target: lte(20), period: "H1", expected: 10,
    sides: [[10, "achieved"], [11, "not_achieved"], [9, "exceeded"], [21, "not_achieved"]] },
  { kind: "ceiling", rule: lowerFlow, target: lte(20), period: "H1", lastYear: { profile: { H1: 300, FY: 1_000 } }, expected: 6,
    sides: [[6, "achieved"], [7, "not_achieved"], [5, "exceeded"]] },
  { kind: "ceiling", rule: lowerFlow, target: lte(20), period: "FY", expected: 20,
    sides: [[20, "achieved"], [21, "not_achieved"], [19, "exceeded"]] },
  // range "7,5% đến 8%": inside the band is "đạt", never beyond it.
  { kind: "range", rule: rangeLevel, target: range(7.5, 8), period: "FY", expected: null,
    sides: [[7.8, "achieved"], [7.4, "achieved"], [7.3, "not_achieved"], [8.1, "achieved"], [8.2, "not_achieved"]] },
  { kind: "range", rule: rangeLevel, target: range(7.5, 8), period: "H1", lastYear: { fullYear: 6 }, expected: null,
    sides: [[7, "achieved"], [6.5, "not_achieved"], [7.8, "achieved"]] },
  { kind: "range", rule: rangeLevel, target: range(7.5, 8), period: "H1", expected: null,
    sides: [[7.4, "achieved"], [7.3, "not_achieved"], [8.2, "not_achieved"]] },
];

describe("the verdict, by kind, period and side of the tolerance", () => {
  for (const c of CASES) {
    const history = c.lastYear?.profile ? "with last year's profile" : c.lastYear?.fullYear !== undefined ? "with last year's level" : "without last year";
    it(`${c.kind}, ${c.period}, ${history}`, () => {
      for (const [actual, verdict] of c.sides) {
        const e = evaluate({ rule: c.rule, target: c.target, period: c.period, actual, lastYear: c.lastYear });
        expect([actual, e.status]).toEqual([actual, verdict]);
        if (c.expected === null) expect(e.expected).toBeNull();
        else expect(e.expected).toBeCloseTo(c.expected, 9);
      }
    });
  }
});

describe("the tolerance band", () => {
  it("is half a unit of the rounding plus 1% of the reference for amounts, 0,1 point for rates", () => {
    expect(toleranceFor(higherFlow, 9_102)).toBeCloseTo(91.52, 9);
    expect(toleranceFor(povertyRate, 0.2)).toBeCloseTo(0.105, 9);
    expect(toleranceFor(growth, 12.4)).toBeCloseTo(0.15, 9);
    expect(toleranceFor({ ...higherLevel, percentUnit: true }, 50)).toBeCloseTo(0.15, 9);
  });

  it("is the administrator's figure where one is set, zero included", () => {
    expect(toleranceFor({ ...higherFlow, tolerance: 3 }, 9_102)).toBe(3);
    expect(status({ rule: { ...higherFlow, tolerance: 0 }, target: gte(18_204), period: "H1", actual: 9_101 })).toBe("not_achieved");
    expect(status({ rule: { ...higherFlow, tolerance: 0 }, target: gte(18_204), period: "H1", actual: 9_103 })).toBe("exceeded");
  });

  it("Bỉm Sơn at 6 tháng: production value 9.100 against 9.102 expected is on schedule, not behind", () => {
    const e = evaluate({ rule: higherFlow, target: gte(18_204), period: "H1", actual: 9_100 });
    expect(e.expected).toBe(9_102);
    expect(e.status).toBe("achieved");
    expect(e.tolerance).toBeCloseTo(91.52, 9);
  });

  it("Trung Sơn's 5.483 against 5.485 is on schedule too", () => {
    expect(status({ rule: higherFlow, target: gte(10_970), period: "H1", actual: 5_483 })).toBe("achieved");
  });
});

describe("gaps in percentage points", () => {
  it("growth 14,8% against 12,4% is 2,4 points above the plan", () => {
    expect(evaluate({ rule: growth, target: gte(12.4), period: "H1", actual: 14.8 }).pointsFromPlan).toBeCloseTo(2.4, 9);
  });

  it("poverty 0,32% against a ceiling of 0,2% is 0,12 points above it", () => {
    expect(evaluate({ rule: povertyRate, target: lte(0.2), period: "FY", actual: 0.32 }).pointsFromPlan).toBeCloseTo(0.12, 9);
  });

  it("is 0 inside a range and the distance to the nearer bound outside it", () => {
    expect(evaluate({ rule: rangeLevel, target: range(7.5, 8), period: "FY", actual: 7.8 }).pointsFromPlan).toBe(0);
    expect(evaluate({ rule: rangeLevel, target: range(7.5, 8), period: "FY", actual: 7.2 }).pointsFromPlan).toBeCloseTo(-0.3, 9);
  });

  it("is null for amounts and counts", () => {
    expect(evaluate({ rule: higherFlow, target: gte(100), period: "FY", actual: 90 }).pointsFromPlan).toBeNull();
    expect(isRate(higherFlow)).toBe(false);
    expect(isRate({ ...higherLevel, percentUnit: true })).toBe(true);
  });
});

describe("other evaluation figures", () => {
  it("projects a flow to the year end and reports the same period comparison", () => {
    const e = evaluate({ rule: higherFlow, target: gte(20_921), period: "H1", actual: 10_473, lastYear: { samePeriod: 8_911 } });
    expect(round(e.percentOfPlan, 2)).toBe(50.06);
    expect(round(e.percentOfSamePeriod, 2)).toBe(117.53);
    expect(e.projection).toBe(20_946);
    expect(e.status).toBe("achieved");
  });

  it("treats a ratio tagged as a flow as a level", () => {
    const rule: IndicatorRule = { direction: "higher", timeBehaviour: "flow", kind: "ratio", decimals: 0 };
    const e = evaluate({ rule, target: gte(90), period: "Q1", actual: 40 });
    expect(e.status).toBe("not_achieved");
    expect(e.projection).toBe(40);
  });

  it("an exact plan of 100% is achieved within its band, never exceeded", () => {
    const target: PlanTarget = { comparator: "eq", value: 100 };
    expect(status({ rule: share, target, period: "FY", actual: 100 })).toBe("achieved");
    expect(status({ rule: share, target, period: "FY", actual: 90 })).toBe("not_achieved");
  });

  it("accepts a range entered high to low", () => {
    expect(status({ rule: rangeLevel, target: { comparator: "range", value: 8, valueMax: 7.5 }, period: "FY", actual: 7.8 })).toBe("achieved");
  });
});

describe("status is monotonic in the actual (property)", () => {
  const period = fc.constantFrom(...PERIODS);
  const decimals = fc.integer({ min: 0, max: 3 });
  const kind = fc.constantFrom("amount" as const, "count" as const, "ratio" as const, "growth" as const);
  const timeBehaviour = fc.constantFrom("flow" as const, "level" as const);
  const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
  const base = fc.option(fc.double({ min: 0, max: 2e6, noNaN: true }), { nil: undefined });
  const profile = fc.option(
    fc.tuple(positive, positive, positive, positive).map(([a, b, c, d]) => ({ Q1: a, H1: a + b, M9: a + b + c, FY: a + b + c + d })),
    { nil: undefined },
  );
  const actualPair = fc
    .tuple(fc.double({ min: 0, max: 2e6, noNaN: true }), fc.double({ min: 0, max: 2e6, noNaN: true }))
    .map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));

  it("for higher-is-better gte plans, a larger actual is never worse", () => {
    fc.assert(
      fc.property(period, decimals, kind, timeBehaviour, positive, base, profile, actualPair, (p, d, k, t, plan, fullYear, prof, [small, large]) => {
        const rule: IndicatorRule = { direction: "higher", timeBehaviour: t, kind: k, decimals: d };
        const at = (actual: number) =>
          STATUS_RANK[status({ rule, target: gte(plan), period: p, actual, lastYear: { fullYear, profile: prof } })];
        expect(at(large)).toBeGreaterThanOrEqual(at(small));
      }),
    );
  });

  it("for lower-is-better lte plans, a smaller actual is never worse", () => {
    fc.assert(
      fc.property(period, decimals, kind, timeBehaviour, positive, base, profile, actualPair, (p, d, k, t, plan, fullYear, prof, [small, large]) => {
        const rule: IndicatorRule = { direction: "lower", timeBehaviour: t, kind: k, decimals: d };
        const at = (actual: number) =>
          STATUS_RANK[status({ rule, target: lte(plan), period: p, actual, lastYear: { fullYear, profile: prof } })];
        expect(at(small)).toBeGreaterThanOrEqual(at(large));
      }),
    );
  });
});

describe("period figures", () => {
  it("reads the stored figure for the period, cumulative for flows", () => {
    const figures = { Q1: 400, H1: 1_800 };
    expect(figureForPeriod("flow", figures, "H1")).toBe(1_800);
    expect(figureForPeriod("level", figures, "Q1")).toBe(400);
    expect(figureForPeriod("flow", figures, "FY")).toBeNull();
  });

  it("splits cumulative figures into quarters", () => {
    expect(quarterlyIncrements({ Q1: 400, H1: 1_800, M9: 3_600, FY: 4_000 })).toEqual({
      Q1: 400,
      Q2: 1_400,
      Q3: 1_800,
      Q4: 400,
    });
    expect(quarterlyIncrements({ Q1: 400, M9: 3_600, FY: 4_000 })).toEqual({ Q1: 400, Q2: null, Q3: null, Q4: 400 });
  });
});
