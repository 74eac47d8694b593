import { describe, expect, it } from "vitest";
import { axisTicks, chartSeries, niceCeiling, sharedMaximum } from "./chart-series";
import { actual, indicator, plan } from "./testing/fixtures";

const arrivals = indicator(1, "LUOT_KHACH", { decimals: 2 });
const beach2023 = [
  actual(1, 2023, "Q1", 0.28),
  actual(1, 2023, "H1", 2.08),
  actual(1, 2023, "M9", 3.72),
  actual(1, 2023, "FY", 4),
];

describe("chartSeries", () => {
  it("follows last year's seasonal shape for the expected pace and projects the year end", () => {
    const s = chartSeries({
      indicator: arrivals,
      indicators: [arrivals],
      plans: [plan(1, 4.4)],
      actuals: [...beach2023, actual(1, 2024, "Q1", 0.33), actual(1, 2024, "H1", 2.3, { status: "estimate" })],
      year: 2024,
      period: "H1",
      planChoice: "council",
    });
    expect(s.seasonal).toBe(true);
    expect(s.points.map((p) => p.actual)).toEqual([0.33, 2.3, null, null]);
    expect(s.points.map((p) => p.figureStatus)).toEqual(["official", "estimate", null, null]);
    expect(s.points.map((p) => p.lastYear)).toEqual([0.28, 2.08, 3.72, 4]);
    expect(s.points[0]!.expected).toBeCloseTo(4.4 * 0.07, 9);
    expect(s.points[1]!.expected).toBeCloseTo(4.4 * 0.52, 9);
    expect(s.points[3]!.expected).toBeCloseTo(4.4, 9);
    expect(s.points.every((p) => p.plan === 4.4)).toBe(true);
    // 2,3 by June when last year 52% came by June: about 4,42 by December.
    expect(s.lastReported).toBe("H1");
    expect(s.projection?.value).toBeCloseTo(2.3 / 0.52, 9);
    expect(s.projection?.status).toBe("exceeded");
    expect(s.points.map((p) => p.projection)).toEqual([null, 2.3, null, s.projection!.value]);
  });

  it("draws nothing after the chosen period and uses a straight pace without last year", () => {
    const s = chartSeries({
      indicator: arrivals,
      indicators: [arrivals],
      plans: [plan(1, 4)],
      actuals: [actual(1, 2024, "Q1", 0.5), actual(1, 2024, "H1", 1.5)],
      year: 2024,
      period: "Q1",
      planChoice: "council",
    });
    expect(s.seasonal).toBe(false);
    expect(s.points.map((p) => p.actual)).toEqual([0.5, null, null, null]);
    expect(s.points[1]!.expected).toBeCloseTo(2, 9);
    expect(s.projection).toEqual({ value: 2, status: "not_achieved" });
  });

  it("has no plan line, expected pace or projection without a plan", () => {
    const s = chartSeries({ indicator: arrivals, indicators: [arrivals], plans: [], actuals: [actual(1, 2024, "Q1", 1)], year: 2024, period: "FY", planChoice: "council" });
    expect(s.plan).toBeNull();
    expect(s.points.every((p) => p.plan === null && p.expected === null)).toBe(true);
    expect(s.projection).toBeNull();
  });
});

describe("scales shared by small multiples", () => {
  it("rounds up to a readable bound", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(3.2)).toBe(5);
    expect(niceCeiling(18964)).toBe(20000);
    expect(niceCeiling(2400)).toBe(2500);
    expect(niceCeiling(1000)).toBe(1000);
  });

  it("takes the largest value of every series", () => {
    const one = chartSeries({ indicator: arrivals, indicators: [arrivals], plans: [plan(1, 4)], actuals: [], year: 2024, period: "FY", planChoice: "council" });
    const two = chartSeries({ indicator: arrivals, indicators: [arrivals], plans: [plan(1, 9)], actuals: [], year: 2024, period: "FY", planChoice: "council" });
    expect(sharedMaximum([one, two])).toBe(10);
  });
});

describe("axisTicks", () => {
  it("steps in round numbers from 0 to at least the maximum", () => {
    expect(axisTicks(4643)).toEqual([0, 2000, 4000, 6000]);
    expect(axisTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(axisTicks(0.2)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(axisTicks(12.4)).toEqual([0, 5, 10, 15]);
  });
  it("gives an axis to a chart without figures", () => {
    expect(axisTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // A whole-number indicator (wards recognised, households) is never labelled in fractions.
    expect(axisTicks(2, { decimals: 0 })).toEqual([0, 1, 2]);
    expect(axisTicks(0, { decimals: 0 })).toEqual([0, 1]);
    expect(axisTicks(7, { decimals: 0 })).toEqual([0, 2, 4, 6, 8]);
  });
});
