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
  percentOfPlan,
  percentOfSamePeriod,
  quarterlyIncrements,
  ratioValue,
  roundTo,
  statedMismatch,
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

describe("Bỉm Sơn levels at the year end", () => {
  it("poor-household rate ≤ 0,2%: 0,11 exceeded, 0,2 achieved, 0,25 not achieved", () => {
    const at = (actual: number) => status({ rule: povertyRate, target: lte(0.2), period: "FY", actual });
    expect(at(0.11)).toBe("exceeded");
    expect(at(0.2)).toBe("achieved");
    expect(at(0.25)).toBe("not_achieved");
  });

  it("growth ≥ 12,4%: 12,4 achieved, 13 exceeded, compared at the reported precision", () => {
    const at = (actual: number) => status({ rule: growth, target: gte(12.4), period: "FY", actual });
    expect(at(12.4)).toBe("achieved");
    expect(at(12.36)).toBe("achieved"); // shown as 12,4
    expect(at(12.34)).toBe("not_achieved");
    expect(at(13)).toBe("exceeded");
  });

  it("85% of residential areas meeting the ANTT standard, with 90%", () => {
    const rule: IndicatorRule = { direction: "higher", timeBehaviour: "level", kind: "ratio", decimals: 0 };
    expect(status({ rule, target: gte(85), period: "FY", actual: 90 })).toBe("exceeded");
  });
});

describe("flows", () => {
  const production = (period: Period, actual: number) =>
    evaluate({ rule: higherFlow, target: gte(18_964), period, actual });

  it("production value 18.964 tỷ at 6 months: on track from half the plan", () => {
    const ok = production("H1", 10_000);
    expect(ok.status).toBe("on_track");
    expect(ok.expected).toBe(9_482);
    expect(ok.projection).toBe(20_000);
    expect(production("H1", 9_482).status).toBe("on_track");
    expect(production("H1", 9_000).status).toBe("not_achieved");
  });

  it("is exceeded or achieved once the full-year figure is reached, even early", () => {
    expect(production("M9", 19_000).status).toBe("exceeded");
    expect(production("M9", 18_964).status).toBe("achieved");
  });

  it("judges the year end against the whole plan", () => {
    expect(production("FY", 19_000).status).toBe("exceeded");
    expect(production("FY", 18_964).status).toBe("achieved");
    expect(production("FY", 18_000).status).toBe("not_achieved");
    expect(production("FY", 18_000).expected).toBe(18_964);
  });

  it("Sầm Sơn tourist arrivals: a summer-heavy profile makes a small Q1 on track", () => {
    const rule: IndicatorRule = { direction: "higher", timeBehaviour: "flow", kind: "count", decimals: 0 };
    const profile = { Q1: 400, H1: 1_800, M9: 3_600, FY: 4_000 };
    const seasonal = evaluate({ rule, target: gte(4_050), period: "Q1", actual: 450, lastYear: { profile } });
    expect(seasonal.status).toBe("on_track");
    expect(seasonal.expected).toBeCloseTo(405, 9);
    expect(seasonal.projection).toBeCloseTo(4_500, 9);

    const straight = evaluate({ rule, target: gte(4_050), period: "Q1", actual: 450 });
    expect(straight.status).toBe("not_achieved");
    expect(straight.expected).toBe(1_012.5);
  });

  it("a lower-is-better flow that breaks its ceiling early cannot recover", () => {
    const at = (period: Period, actual: number) => status({ rule: lowerFlow, target: lte(20), period, actual });
    expect(at("H1", 21)).toBe("not_achieved");
    expect(at("H1", 8)).toBe("on_track");
    expect(at("H1", 10)).toBe("on_track");
    expect(at("H1", 12)).toBe("not_achieved");
    expect(at("FY", 18)).toBe("exceeded");
    expect(at("FY", 20)).toBe("achieved");
    expect(at("FY", 21)).toBe("not_achieved");
  });

  it("reports the same period comparison", () => {
    const e = evaluate({
      rule: higherFlow,
      target: gte(20_921),
      period: "H1",
      actual: 10_473,
      lastYear: { samePeriod: 8_911 },
    });
    expect(round(e.percentOfPlan, 2)).toBe(50.06);
    expect(round(e.percentOfSamePeriod, 2)).toBe(117.53);
    expect(e.status).toBe("on_track");
  });

  it("treats a ratio tagged as a flow as a level", () => {
    const rule: IndicatorRule = { direction: "higher", timeBehaviour: "flow", kind: "ratio", decimals: 0 };
    const e = evaluate({ rule, target: gte(90), period: "Q1", actual: 40 });
    expect(e.status).toBe("not_achieved");
    expect(e.projection).toBe(40);
  });
});

describe("levels", () => {
  it("income per head ≥ 75 triệu from a base of 68: on track when half the way is covered by 6 months", () => {
    const at = (actual: number, fullYear?: number) =>
      evaluate({ rule: higherLevel, target: gte(75), period: "H1", actual, lastYear: { fullYear } });
    expect(at(72, 68).status).toBe("on_track");
    expect(at(72, 68).expected).toBe(71.5);
    expect(at(71.5, 68).status).toBe("on_track");
    expect(at(70, 68).status).toBe("not_achieved");
    expect(at(72).status).toBe("not_achieved");
    expect(at(72).expected).toBeNull();
    expect(at(76, 68).status).toBe("exceeded");
    expect(at(72, 68).projection).toBe(72);
  });

  it("is not achieved when not met at the year end, base or not", () => {
    expect(
      status({ rule: higherLevel, target: gte(75), period: "FY", actual: 74, lastYear: { fullYear: 68 } }),
    ).toBe("not_achieved");
  });

  it("a falling rate is on track when it has come down in proportion", () => {
    const at = (actual: number) =>
      status({ rule: povertyRate, target: lte(0.2), period: "H1", actual, lastYear: { fullYear: 0.4 } });
    expect(at(0.28)).toBe("on_track");
    expect(at(0.3)).toBe("on_track");
    expect(at(0.35)).toBe("not_achieved");
    expect(at(0.15)).toBe("exceeded");
  });

  it("100% of residential areas meeting the ANTT standard is achieved, never exceeded", () => {
    const rule: IndicatorRule = { direction: "higher", timeBehaviour: "level", kind: "ratio", decimals: 0 };
    const target: PlanTarget = { comparator: "eq", value: 100 };
    expect(status({ rule, target, period: "FY", actual: 100 })).toBe("achieved");
    expect(status({ rule, target, period: "H1", actual: 100 })).toBe("achieved");
    expect(status({ rule, target, period: "FY", actual: 90 })).toBe("not_achieved");
    expect(status({ rule, target, period: "H1", actual: 90, lastYear: { fullYear: 80 } })).toBe("on_track");
  });

  it("a range '7,5% đến 8%' is achieved inside, never exceeded, and on track when closing in", () => {
    const target: PlanTarget = { comparator: "range", value: 7.5, valueMax: 8 };
    const at = (period: Period, actual: number, fullYear?: number) =>
      status({ rule: rangeLevel, target, period, actual, lastYear: { fullYear } });
    expect(at("FY", 7.8)).toBe("achieved");
    expect(at("FY", 8)).toBe("achieved");
    expect(at("FY", 7.5)).toBe("achieved");
    expect(at("FY", 8.5)).toBe("not_achieved");
    expect(at("FY", 7)).toBe("not_achieved");
    expect(at("H1", 7, 6)).toBe("on_track");
    expect(at("H1", 6.5, 6)).toBe("not_achieved");
    expect(at("H1", 8.3, 9)).toBe("on_track");
    expect(at("H1", 7, 7.8)).toBe("not_achieved"); // drifted out of the range it started in
    expect(at("H1", 7)).toBe("not_achieved");
  });

  it("a range plan on a higher-is-better indicator is achieved inside, not exceeded", () => {
    const target: PlanTarget = { comparator: "range", value: 7.5, valueMax: 8 };
    expect(status({ rule: growth, target, period: "FY", actual: 7.8 })).toBe("achieved");
    expect(status({ rule: growth, target, period: "FY", actual: 8.2 })).toBe("not_achieved");
  });

  it("accepts a range entered high to low", () => {
    const target: PlanTarget = { comparator: "range", value: 8, valueMax: 7.5 };
    expect(status({ rule: rangeLevel, target, period: "FY", actual: 7.8 })).toBe("achieved");
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
