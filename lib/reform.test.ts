import { describe, expect, it } from "vitest";
import type { Aggregation, IndicatorKind } from "./domain";
import { predecessorHistory, withReformHistory, yearsBeforeReform, type PredecessorFigures } from "./reform";
import { buildUnitReport, type ActualFigure, type IndicatorDef, type PlanFigure } from "./report";

const indicator = (id: number, code: string, aggregation: Aggregation, over: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code, nameVi: code, nameEn: code, group: "economy", measureVi: "tỷ đồng", measureEn: "billion VND",
  direction: "higher", timeBehaviour: "flow", aggregation, kind: "amount" as IndicatorKind,
  baseIndicatorId: null, weightIndicatorId: null, decimals: 0, sortOrder: id, ...over,
});

const GTSX = indicator(1, "GTSX", "sum");
const GROWTH = indicator(2, "GTSX_TANG", "none", { kind: "growth", baseIndicatorId: 1, measureVi: "%", decimals: 1 });
const POP = indicator(3, "DAN_SO", "sum", { timeBehaviour: "level" });
const INCOME = indicator(4, "THU_NHAP_BQ", "weighted_avg", { timeBehaviour: "level", weightIndicatorId: 3, decimals: 1 });
const SAFE = indicator(5, "KDC_ANTT", "share", { timeBehaviour: "level", kind: "ratio", measureVi: "%" });
const NONE = indicator(6, "KHAC", "none");
const ALL = [GTSX, GROWTH, POP, INCOME, SAFE, NONE];

const fig = (indicatorId: number, year: number, period: ActualFigure["period"], value: number, over: Partial<ActualFigure> = {}): ActualFigure => ({
  indicatorId, year, period, value, numerator: null, denominator: null, statedValue: null, status: "official", source: "document", ...over,
});

const ward = (id: number, name: string, actuals: ActualFigure[]): PredecessorFigures => ({ unit: { id, code: String(id), name }, actuals });

// Phường Bỉm Sơn's four predecessors, with round figures.
const predecessors = [
  ward(1, "Phường Ba Đình", [fig(1, 2024, "H1", 2000), fig(1, 2023, "H1", 1800), fig(3, 2024, "FY", 10000), fig(4, 2024, "FY", 80), fig(5, 2024, "FY", 100 * 12 / 13, { numerator: 12, denominator: 13 }), fig(6, 2024, "FY", 1)]),
  ward(2, "Phường Lam Sơn", [fig(1, 2024, "H1", 1500, { status: "estimate" }), fig(1, 2023, "H1", 1400), fig(3, 2024, "FY", 5000), fig(4, 2024, "FY", 70), fig(5, 2024, "FY", 100 * 9 / 11, { numerator: 9, denominator: 11 })]),
  ward(3, "Phường Đông Sơn", [fig(1, 2024, "H1", 1000, { source: "illustrative" }), fig(1, 2023, "H1", 900), fig(3, 2024, "FY", 5000), fig(4, 2024, "FY", 60), fig(5, 2024, "FY", 100 * 8 / 9, { numerator: 8, denominator: 9 })]),
  ward(4, "Xã Hà Vinh", [fig(1, 2024, "H1", 500), fig(1, 2023, "H1", 400), fig(3, 2024, "FY", 5000), fig(4, 2024, "FY", 50), fig(5, 2024, "FY", 50, { numerator: 3, denominator: 6 })]),
];

describe("same-period comparison across the 2025 reform", () => {
  it("needs predecessors only for the years before the unit existed", () => {
    expect(yearsBeforeReform(2025, "2025-07-01")).toEqual([2024, 2023]);
    expect(yearsBeforeReform(2026, "2025-07-01")).toEqual([2024]);
    expect(yearsBeforeReform(2027, "2025-07-01")).toEqual([]);
  });

  it("rolls each indicator up by its rule: sums, weighted averages, shares from counts; never 'none'", () => {
    const h = predecessorHistory({ indicators: ALL, predecessors, years: [2024, 2023] });
    const at = (id: number, year: number, period: ActualFigure["period"]) =>
      h.actuals.find((a) => a.indicatorId === id && a.year === year && a.period === period);
    expect(at(1, 2024, "H1")).toMatchObject({ value: 5000, status: "estimate", source: "illustrative" });
    expect(at(1, 2023, "H1")).toMatchObject({ value: 4500, status: "official", source: "document" });
    expect(at(3, 2024, "FY")?.value).toBe(25000);
    expect(at(4, 2024, "FY")?.value).toBeCloseTo((80 * 10000 + 70 * 5000 + 60 * 5000 + 50 * 5000) / 25000, 9);
    expect(at(5, 2024, "FY")).toMatchObject({ numerator: 32, denominator: 39 });
    expect(at(5, 2024, "FY")?.value).toBeCloseTo((32 / 39) * 100, 9);
    expect(at(6, 2024, "FY")).toBeUndefined();
    expect(at(2, 2024, "H1")).toBeUndefined();
    expect(h.incomplete).toEqual([]);
  });

  it("gives no figure, and names who is missing, when a predecessor has not reported", () => {
    const partial = predecessors.map((p) => (p.unit.id === 4 ? { ...p, actuals: [] } : p));
    const h = predecessorHistory({ indicators: [GTSX], predecessors: partial, years: [2024] });
    expect(h.actuals).toEqual([]);
    expect(h.incomplete).toEqual([{ indicatorId: 1, year: 2024, period: "H1", missing: [{ id: 4, code: "4", name: "Xã Hà Vinh" }] }]);
  });

  it("feeds the standard report, which then compares with the predecessors' sum and derives growth", () => {
    const h = predecessorHistory({ indicators: ALL, predecessors, years: [2024, 2023] });
    const own = [fig(1, 2025, "H1", 5500, { status: "estimate" })];
    const plans: PlanFigure[] = [
      { indicatorId: 1, version: "council", comparator: "gte", value: 11000, valueMax: null, source: "document", documentNumber: null, documentDate: null },
      { indicatorId: 2, version: "council", comparator: "gte", value: 12.4, valueMax: null, source: "document", documentNumber: null, documentDate: null },
    ];
    const rows = buildUnitReport({ indicators: ALL, plans, actuals: withReformHistory(own, h), year: 2025, period: "H1" }).flatMap((g) => g.rows);
    const gtsx = rows.find((r) => r.indicator.code === "GTSX")!;
    expect(gtsx.samePeriodLastYear).toBe(5000);
    expect(gtsx.percentOfSamePeriod).toBeCloseTo(110, 9);
    const growth = rows.find((r) => r.indicator.code === "GTSX_TANG")!;
    expect(growth.actual?.value).toBeCloseTo(10, 9);
    expect(growth.samePeriodLastYear).toBeCloseTo((5000 / 4500 - 1) * 100, 9);
  });

  it("keeps the unit's own figures where it has them", () => {
    const own = [fig(1, 2024, "H1", 4999)];
    const merged = withReformHistory(own, { actuals: [fig(1, 2024, "H1", 5000), fig(1, 2024, "FY", 9000)], incomplete: [] });
    expect(merged.map((a) => a.value)).toEqual([4999, 9000]);
  });
});
