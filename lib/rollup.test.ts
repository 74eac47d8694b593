import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { rollup, rollupGrowth, type ChildFigure } from "./rollup";
import { roundTo } from "./progress";

const v = (value: number | null): ChildFigure => ({ value });

describe("rollup: sum", () => {
  it("adds the children that reported (Bỉm Sơn land clearance: 53,026 + 40,834 ha)", () => {
    const r = rollup("sum", [v(53.026), v(40.834)]);
    expect(r.value).toBeCloseTo(93.86, 9);
    expect(r).toMatchObject({ reported: 2, expected: 2, complete: true });
  });

  it("is partial while a child has not reported", () => {
    const r = rollup("sum", [v(10), v(20), v(null)]);
    expect(r.value).toBe(30);
    expect(r.reported).toBe(2);
    expect(r.expected).toBe(3);
    expect(r.complete).toBe(false);
  });

  it("has no value when nobody reported, and no children is never complete", () => {
    expect(rollup("sum", [v(null), v(null)]).value).toBeNull();
    expect(rollup("sum", [])).toEqual({ value: null, reported: 0, expected: 0, complete: false });
  });

  it("equals the sum of the reported values (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null })), (values) => {
        const r = rollup("sum", values.map(v));
        const reported = values.filter((x): x is number => x !== null);
        expect(r.reported).toBe(reported.length);
        expect(r.value).toBe(reported.length === 0 ? null : reported.reduce((s, x) => s + x, 0));
        expect(r.complete).toBe(values.length > 0 && reported.length === values.length);
      }),
    );
  });
});

describe("rollup: weighted average", () => {
  it("weights income per head by population", () => {
    const r = rollup("weighted_avg", [
      { value: 80, weight: 10_000 },
      { value: 70, weight: 30_000 },
    ]);
    expect(r.value).toBe(72.5);
    expect(r.complete).toBe(true);
  });

  it("leaves out children without a value or a positive weight", () => {
    const r = rollup("weighted_avg", [
      { value: 80, weight: 10_000 },
      { value: 70, weight: 0 },
      { value: 60, weight: null },
      { value: null, weight: 5_000 },
    ]);
    expect(r.value).toBe(80);
    expect(r.reported).toBe(1);
    expect(r.expected).toBe(4);
    expect(r.complete).toBe(false);
  });

  it("has no value when no child can be weighted", () => {
    expect(rollup("weighted_avg", [{ value: 80 }]).value).toBeNull();
  });
});

describe("rollup: share", () => {
  it("recomputes the share from counts: 7/10 + 3/5 = 66,67%", () => {
    const r = rollup("share", [
      { value: 70, numerator: 7, denominator: 10 },
      { value: 60, numerator: 3, denominator: 5 },
    ]);
    expect(r.numerator).toBe(10);
    expect(r.denominator).toBe(15);
    expect(r.value === null ? null : roundTo(r.value, 2)).toBe(66.67);
    expect(r.complete).toBe(true);
  });

  it("ignores children without both counts, and is then incomplete", () => {
    const r = rollup("share", [{ value: 70, numerator: 7, denominator: 10 }, { value: 60 }]);
    expect(r.value).toBe(70);
    expect(r.reported).toBe(1);
    expect(r.complete).toBe(false);
  });

  it("has no value when the denominators add up to zero", () => {
    expect(rollup("share", [{ value: null, numerator: 0, denominator: 0 }]).value).toBeNull();
    expect(rollup("share", [v(50)]).value).toBeNull();
  });
});

describe("rollup: none", () => {
  it("does not aggregate", () => {
    const r = rollup("none", [v(1), v(2)]);
    expect(r.value).toBeNull();
    expect(r.complete).toBe(false);
  });
});

describe("rollupGrowth", () => {
  it("derives growth from the rolled-up base indicator", () => {
    const g = rollupGrowth([v(110), v(220)], [v(100), v(200)], "sum");
    expect(g === null ? null : roundTo(g, 6)).toBe(10);
  });

  it("is null unless both years are complete", () => {
    expect(rollupGrowth([v(110), v(null)], [v(100), v(200)], "sum")).toBeNull();
    expect(rollupGrowth([v(110), v(220)], [v(100), v(null)], "sum")).toBeNull();
  });

  it("is null when the base does not aggregate or last year is zero", () => {
    expect(rollupGrowth([v(1)], [v(1)], "none")).toBeNull();
    expect(rollupGrowth([v(1)], [v(0)], "sum")).toBeNull();
  });
});
