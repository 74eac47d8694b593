import { describe, it, expect } from "vitest";
import { PERIODS } from "./domain";
import { isPeriod, periodEndMonth, periodIndex, periodsUpTo, previousPeriod, straightShare } from "./periods";

describe("periods", () => {
  it("gives the end month of each reporting period", () => {
    expect(PERIODS.map(periodEndMonth)).toEqual([3, 6, 9, 12]);
  });

  it("indexes Q1..FY as 0..3", () => {
    expect(PERIODS.map(periodIndex)).toEqual([0, 1, 2, 3]);
  });

  it("steps back one period, with nothing before Q1", () => {
    expect(previousPeriod("Q1")).toBeNull();
    expect(previousPeriod("H1")).toBe("Q1");
    expect(previousPeriod("M9")).toBe("H1");
    expect(previousPeriod("FY")).toBe("M9");
  });

  it("gives the straight share of the year", () => {
    expect(PERIODS.map(straightShare)).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it("lists the periods up to and including the given one", () => {
    expect(periodsUpTo("Q1")).toEqual(["Q1"]);
    expect(periodsUpTo("M9")).toEqual(["Q1", "H1", "M9"]);
    expect(periodsUpTo("FY")).toEqual(["Q1", "H1", "M9", "FY"]);
  });

  it("recognises period codes", () => {
    expect(isPeriod("H1")).toBe(true);
    expect(isPeriod("Q2")).toBe(false);
    expect(isPeriod(3)).toBe(false);
  });
});
