import { describe, expect, it } from "vitest";
import { compareRows, compareTotal, filterRows, rollupFigures, type CompareInput, type CompareUnit } from "./compare";
import { actual, indicator, plan } from "./testing/fixtures";

const gtsx = indicator(1, "GTSX");
const growth = indicator(2, "GTSX_TANG", { kind: "growth", baseIndicatorId: 1, timeBehaviour: "level", aggregation: "none", measureVi: "%", decimals: 1 });
const population = indicator(3, "DAN_SO", { timeBehaviour: "level" });
const income = indicator(4, "THU_NHAP_BQ", { timeBehaviour: "level", aggregation: "weighted_avg", weightIndicatorId: 3, decimals: 1 });
const poor = indicator(5, "TY_LE_HO_NGHEO", { timeBehaviour: "level", aggregation: "share", kind: "ratio", direction: "lower", decimals: 2 });
const ALL = [gtsx, growth, population, income, poor];

const ward = (id: number, name: string, type: CompareUnit["type"] = "ward"): CompareUnit => ({ id, code: String(14800 + id), name, type });
const A = ward(1, "Phường Ba Đình");
const B = ward(2, "Phường Bắc Sơn");
const C = ward(3, "Xã Quang Trung", "commune");

function input(overrides: Partial<CompareInput> = {}): CompareInput {
  return {
    columns: [gtsx, growth, income, poor],
    indicators: ALL,
    children: [A, B, C],
    figuresByUnit: new Map([
      [
        1,
        {
          plans: [plan(1, 100), plan(4, 70), plan(5, 0.5, { comparator: "lte" })],
          actuals: [
            actual(1, 2024, "FY", 120, { status: "estimate" }),
            actual(1, 2023, "FY", 100),
            actual(3, 2024, "FY", 1000),
            actual(4, 2024, "FY", 80),
            actual(5, 2024, "FY", 0.4, { numerator: 4, denominator: 1000 }),
          ],
        },
      ],
      [
        2,
        {
          plans: [plan(1, 200, { version: "higher_level" })],
          actuals: [
            actual(1, 2024, "FY", 180),
            actual(1, 2023, "FY", 150),
            actual(3, 2024, "FY", 3000),
            actual(4, 2024, "FY", 60),
            actual(5, 2024, "FY", 1, { numerator: 30, denominator: 3000 }),
          ],
        },
      ],
      [3, { plans: [plan(1, 50)], actuals: [] }],
    ]),
    parentPlans: [plan(1, 320), plan(2, 12, { decimals: 1 } as never), plan(4, 65), plan(5, 0.8, { comparator: "lte" })],
    year: 2024,
    period: "FY",
    planChoice: "council",
    ...overrides,
  };
}

describe("compareRows", () => {
  it("gives each child its figure, % of plan and status as its own report would", () => {
    const [a, b, c] = compareRows(input());
    expect(a!.cells.GTSX).toMatchObject({ value: 120, percentOfPlan: 120, status: "exceeded", provisional: true });
    // As in the report, a derived growth rate shows only where the unit has a plan for it.
    expect(a!.cells.GTSX_TANG?.value).toBeNull();
    expect(a!.cells.TY_LE_HO_NGHEO).toMatchObject({ status: "exceeded" });
    expect(a!.cells.TY_LE_HO_NGHEO?.attainment).toBeCloseTo(125, 9);
    // Bắc Sơn only has the higher level's plan: it is judged against that one.
    expect(b!.cells.GTSX).toMatchObject({ value: 180, percentOfPlan: 90, status: "not_achieved", provisional: false });
    expect(c!.cells.GTSX).toMatchObject({ value: null, status: null });
  });
});

describe("the pinned total row", () => {
  it("rolls up by each indicator's rule and judges against the parent's own plans", () => {
    const total = compareTotal(input());
    expect(total.cells.GTSX).toMatchObject({ value: 300, status: "not_achieved", provisional: true });
    expect(total.coverage.GTSX).toEqual({ reported: 2, expected: 3 });
    // Growth from the rolled-up base: 300 / 250 − 1.
    expect(total.cells.GTSX_TANG?.value).toBeCloseTo(20, 9);
    // Income weighted by population: (80 × 1000 + 60 × 3000) / 4000.
    expect(total.cells.THU_NHAP_BQ?.value).toBeCloseTo(65, 9);
    expect(total.cells.THU_NHAP_BQ?.status).toBe("achieved");
    // Poverty recomputed from counts: 34 / 4000, not the mean of 0,4% and 1%.
    expect(total.cells.TY_LE_HO_NGHEO?.value).toBeCloseTo(0.85, 9);
    // 0,85% against a ceiling of 0,8%: 0,05 point over, within the 0,1-point band.
    expect(total.cells.TY_LE_HO_NGHEO?.status).toBe("achieved");
    expect(total.cells.TY_LE_HO_NGHEO?.pointsFromPlan).toBeCloseTo(0.05, 9);
  });

  it("marks a total as illustrative when any child figure is, and skips what does not aggregate", () => {
    const { actuals } = rollupFigures(ALL, [
      { plans: [], actuals: [actual(1, 2024, "Q1", 5, { source: "illustrative" }), actual(2, 2024, "Q1", 9)] },
      { plans: [], actuals: [actual(1, 2024, "Q1", 7)] },
    ]);
    expect(actuals).toEqual([expect.objectContaining({ indicatorId: 1, value: 12, source: "illustrative" })]);
  });
});

describe("filterRows", () => {
  const rows = compareRows(input());
  const keys = new Map([
    [1, "phuong ba dinh"],
    [2, "phuong bac son"],
    [3, "xa quang trung"],
  ]);
  it("filters by name, unit type and status", () => {
    expect(filterRows(rows, { nameKey: "bac" }, keys).map((r) => r.unit.id)).toEqual([2]);
    expect(filterRows(rows, { types: ["commune"] }, keys).map((r) => r.unit.id)).toEqual([3]);
    expect(filterRows(rows, { status: "not_achieved", statusColumn: "GTSX" }, keys).map((r) => r.unit.id)).toEqual([2]);
    expect(filterRows(rows, { status: "exceeded" }, keys).map((r) => r.unit.id)).toEqual([1]);
  });
});
